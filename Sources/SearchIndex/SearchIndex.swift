import GRDB
import Kamervragen

/// SearchIndex: the only module that knows SQLite. Schema, tokenizer adapter, writer and searcher.
public enum SearchIndexInfo {
    public static let schemaVersion = 1
}

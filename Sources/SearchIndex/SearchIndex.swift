import GRDB
import Kamervragen

/// SearchIndex: the only module that knows SQLite. Schema, tokenizer adapter, writer and searcher.
public enum SearchIndexInfo {
    /// Version of the table layout below; an index with another version must be rebuilt.
    public static let schemaVersion = 1
}

import GRDB
import Kamervragen

/// SearchIndex: the only module that knows SQLite. Schema, tokenizer adapter, writer and searcher.
///
/// - Writing: ``Indexer`` (incremental in place, or `--rebuild` beside the live file and swapped in by
///   `rename`), one at a time under ``IndexLock``; ``IndexSummary`` says what happened.
/// - Reading: ``Searcher`` (``QueryParser`` → safe FTS5 expressions, weighted bm25, filters in SQL,
///   all-words matches before some-words matches), ``DocumentStore`` (`show`), ``IndexStatistics``
///   (`stats`), ``IndexCheck`` (`index --check`).
/// - Where: ``IndexLocation`` (`--db`, `$KAMERVRAGEN_DB`, `./.kamervragen/index.sqlite` beside a
///   `Corpus/`, else `$XDG_DATA_HOME/kamervragen/index.sqlite`).
/// - The analyser: `IndexAnalyzer` is the one seam to the `kamervragen_dutch` tokenizer; an index built
///   with another analyser identity or schema version is refused by search and rebuilt by `index`.
public enum SearchIndexInfo {
    /// Version of the table layout below; an index with another version must be rebuilt.
    /// 4: `word_frequencies`. 5: it holds only values that differ from a word the collection lacks.
    /// 6: one document per question set (`documents.part`), the text not split (`pairs.unsplit`).
    /// 7: cases (`cases`, `document_keys`, `documents.case_key`, `pairs.superseded_by`).
    /// 8: `documents.question_print`, `pairs.content_key` (watches).
    public static let schemaVersion = 8
}

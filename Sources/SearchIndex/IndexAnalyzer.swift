import GRDB

/// The one seam between the index and the text analyser: which FTS5 tokenizer the index uses, how it
/// is registered on a connection, how user text becomes a safe FTS5 string, and the analyser's identity
/// recorded in the index.
///
/// Everything else in SearchIndex goes through this type, so switching analysers is a change here only.
enum IndexAnalyzer {
    /// The `tokenize=` argument of the FTS5 table.
    static let tokenizeClause = "unicode61 remove_diacritics 2"

    /// Registers the tokenizer on a connection. Must run on every connection (see `IndexDatabase`).
    static func register(in db: Database) {}

    /// A safe double-quoted FTS5 string for `text` (inner quotes doubled). `exact` asks for the surface
    /// form only, where the analyser supports it.
    static func quoted(_ text: String, exact: Bool) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The analyser's identity; an index built under another identity is refused by `search`.
    static var identity: [String: String] {
        ["tokenizer": tokenizeClause]
    }
}

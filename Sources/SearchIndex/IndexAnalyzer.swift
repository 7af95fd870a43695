import DutchText
import Foundation
import GRDB

/// The one seam between the index and the text analyser (`Tokenizer/`, owned by the analysis code):
/// which FTS5 tokenizer the index uses, how it is registered on a connection, how user text becomes a
/// safe FTS5 string, and the analyser's identity recorded in the index.
enum IndexAnalyzer {
    /// The `tokenize=` argument of the FTS5 table.
    static let tokenizeClause = DutchTokenizer.name

    /// Registers the tokenizer on a connection. Must run on every connection (see `IndexDatabase`).
    static func register(in db: Database) {
        DutchTokenizer.register(in: db)
    }

    /// A safe double-quoted FTS5 string for `text`; `exact` matches the surface form only.
    static func quoted(_ text: String, exact: Bool) -> String {
        FTS5Term.quoted(text, exact: exact)
    }

    /// The analyser's identity (``AnalyzerIdentity/current``); an index built under another identity
    /// is refused by `search` and rebuilt by `index`.
    static var identity: [String: String] { AnalyzerIdentity.current }
}

import DutchText
import Foundation
import GRDB

/// The one seam between the index and the text analyser (`Tokenizer/`, owned by the analysis code):
/// which FTS5 tokenizer the index uses, how it is registered on a connection, how user text becomes a
/// safe FTS5 string, and the analyser's identity recorded in the index.
enum IndexAnalyzer {
    /// The `tokenize=` argument of the FTS5 table.
    static let tokenizeClause = IndexTokenizer.name

    /// Registers the tokenizer on a connection. Must run on every connection (see `IndexDatabase`).
    /// `IndexTokenizer` is `DutchTokenizer` with a fast lexicon for the `-ies` rule (see there).
    static func register(in db: Database) {
        db.add(tokenizer: IndexTokenizer.self)
    }

    /// A safe double-quoted FTS5 string for `text`; `exact` matches the surface form only.
    static func quoted(_ text: String, exact: Bool) -> String {
        FTS5Term.quoted(text, exact: exact)
    }

    /// The analyser's identity; an index built under another identity is refused by `search`.
    ///
    /// The same entries as `AnalyzerIdentity.current`, except `lexicon`: that one loads the whole word
    /// list (seconds), which every search would pay; here it is the list's path and size, read with
    /// `stat` from the same candidates `Lexicon` tries. A test keeps the key sets equal.
    static let identity: [String: String] = {
        var entries: [String: String] = [
            "tokenizer.name": DutchTokenizer.name,
            "tokenizer.wrapped": DutchTokenizer.wrappedTokenizer
                .map { $0 == "\u{AD}" ? "U+00AD" : $0 }.joined(separator: " "),
            "lexicon": lexiconFingerprint(),
        ]
        do {
            entries.merge(AnalysisIdentity.entries(of: try DutchAnalyzer()), uniquingKeysWith: { a, _ in a })
        } catch {
            entries["stemmer.error"] = String(describing: error)
        }
        return entries
    }()

    /// `path:bytes` of the word list `Lexicon.shared` would load, or `none`.
    static func lexiconFingerprint(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        var candidates: [String] = []
        if let env = environment["KAMERVRAGEN_LEXICON"], !env.isEmpty { candidates.append(env) }
        candidates += ["/usr/share/dict/dutch", "/usr/share/dict/nederlands"]
        for path in candidates {
            guard FileManager.default.isReadableFile(atPath: path),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  (attributes[.type] as? FileAttributeType) != .typeDirectory,
                  let size = (attributes[.size] as? NSNumber)?.int64Value else { continue }
            return "\(path):\(size) bytes"
        }
        return "none"
    }
}

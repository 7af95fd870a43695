import GRDB

/// The index terms the analyser looks up for one query word: for `gemeenten` the stem `gemeent`, the
/// stem term `^gemeent` and the compound-part term `+gemeent`. Read from the query tokenizer itself, so
/// the expression builder (``FTS5Expression``) never second-guesses the analysis. Cached per word.
final class QueryAlternatives {
    private let tokenizer: any FTS5Tokenizer
    private var cache: [String: [String]] = [:]

    /// Alternatives from the tokenizer of `db`'s connection.
    init(_ db: Database) throws {
        tokenizer = try db.makeTokenizer(DutchTokenizer.tokenizerDescriptor())
    }

    /// The terms of `word` at its one position, first the one FTS5 would take as the phrase's own;
    /// nil when the analyser makes no single token of it (`covid-19`: a phrase) or it holds a control
    /// character (quoting turns those into spaces, so such text stays a quoted phrase).
    func terms(of word: String) -> [String]? {
        if let known = cache[word] { return known.isEmpty ? nil : known }
        var terms: [String] = []
        if !word.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
           let tokens = try? TokenInspector.analyze(word, mode: .query(exact: false, prefix: false), with: tokenizer),
           tokens.count == 1 {
            var seen = Set<String>()
            terms = tokens[0].terms.map(\.text).filter { !$0.isEmpty && seen.insert($0).inserted }
        }
        cache[word] = terms
        return terms.isEmpty ? nil : terms
    }
}

/// Turns a ``SearchQuery`` into FTS5 `MATCH` expressions. Every piece of user text goes through the
/// analyser's quoting, so no user text reaches FTS5 syntax unquoted.
///
/// `alternatives` gives, for a plain word (no phrase, prefix or exact match), the index terms the
/// analyser looks up for it (``QueryAlternatives``); the word is then written as an `OR` of those terms
/// (``FTS5Term/alternatives(_:)``) instead of a quoted string whose terms the tokenizer would hand FTS5
/// as colocated synonyms: the same matches, in about half the time for a common word. Without it (or
/// when it returns nil) the word is quoted.
struct FTS5Expression {
    var alternatives: (SearchQuery.Term) -> [String]? = { _ in nil }

    func term(_ term: SearchQuery.Term) -> String {
        if !term.isPhrase, !term.prefix, !term.exact, let terms = alternatives(term), !terms.isEmpty {
            return FTS5Term.alternatives(terms)
        }
        return IndexAnalyzer.quoted(term.text, exact: term.exact) + (term.prefix ? "*" : "")
    }

    func clause(_ clause: [SearchQuery.Term]) -> String {
        clause.count == 1 ? term(clause[0]) : "(" + clause.map(term).joined(separator: " OR ") + ")"
    }

    private func excluding(_ expression: String, _ query: SearchQuery) -> String {
        query.excluded.reduce(expression) { "(\($0)) NOT \(term($1))" }
    }

    /// Pairs that match every clause and no excluded term.
    func all(_ query: SearchQuery) -> String {
        excluding(query.clauses.map(clause).joined(separator: " AND "), query)
    }

    /// Pairs that match some clauses but not all (and no excluded term); nil for a one-clause query.
    func some(_ query: SearchQuery) -> String? {
        guard query.clauses.count > 1 else { return nil }
        let any = query.clauses.map(clause).joined(separator: " OR ")
        let every = query.clauses.map(clause).joined(separator: " AND ")
        return excluding("(\(any)) NOT (\(every))", query)
    }

    /// The positive terms only, for highlighting.
    func highlight(_ query: SearchQuery) -> String {
        query.clauses.flatMap { $0 }.map(term).joined(separator: " OR ")
    }

    /// Quoted words only (no alternatives).
    static func all(_ query: SearchQuery) -> String { FTS5Expression().all(query) }
    static func some(_ query: SearchQuery) -> String? { FTS5Expression().some(query) }
    static func highlight(_ query: SearchQuery) -> String { FTS5Expression().highlight(query) }
}

/// Turns a ``SearchQuery`` into FTS5 `MATCH` expressions. Every piece of user text goes through the
/// analyser's quoting, so no user text reaches FTS5 syntax unquoted.
enum FTS5Expression {
    static func term(_ term: SearchQuery.Term) -> String {
        IndexAnalyzer.quoted(term.text, exact: term.exact) + (term.prefix ? "*" : "")
    }

    static func clause(_ clause: [SearchQuery.Term]) -> String {
        clause.count == 1 ? term(clause[0]) : "(" + clause.map(term).joined(separator: " OR ") + ")"
    }

    private static func excluding(_ expression: String, _ query: SearchQuery) -> String {
        query.excluded.reduce(expression) { "(\($0)) NOT \(term($1))" }
    }

    /// Pairs that match every clause and no excluded term.
    static func all(_ query: SearchQuery) -> String {
        excluding(query.clauses.map(clause).joined(separator: " AND "), query)
    }

    /// Pairs that match some clauses but not all (and no excluded term); nil for a one-clause query.
    static func some(_ query: SearchQuery) -> String? {
        guard query.clauses.count > 1 else { return nil }
        let any = query.clauses.map(clause).joined(separator: " OR ")
        let every = query.clauses.map(clause).joined(separator: " AND ")
        return excluding("(\(any)) NOT (\(every))", query)
    }

    /// The positive terms only, for highlighting.
    static func highlight(_ query: SearchQuery) -> String {
        query.clauses.flatMap { $0 }.map(term).joined(separator: " OR ")
    }
}

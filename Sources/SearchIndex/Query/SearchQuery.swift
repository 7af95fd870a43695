/// A search query as understood: clauses that must all match (each clause one term or an `OR` group
/// of terms) and terms that must not match.
public struct SearchQuery: Sendable, Equatable {
    /// One thing to look for: a word, or several words in quotes (a phrase).
    public struct Term: Sendable, Equatable {
        /// The text as the user wrote it (without quotes, `*`, `-` or `=`).
        public var text: String
        /// Written in quotes.
        public var isPhrase: Bool
        /// Match the surface form only, not other forms of the word (`=word`, or `--exact`).
        public var exact: Bool
        /// `word*`: any word starting with it.
        public var prefix: Bool

        public init(text: String, isPhrase: Bool = false, exact: Bool = false, prefix: Bool = false) {
            self.text = text; self.isPhrase = isPhrase; self.exact = exact; self.prefix = prefix
        }
    }

    /// Every clause must match; a clause matches when any of its terms does.
    public var clauses: [[Term]]
    /// None of these may match (`-word`).
    public var excluded: [Term]

    public init(clauses: [[Term]], excluded: [Term] = []) { self.clauses = clauses; self.excluded = excluded }

    /// All terms, included and excluded.
    public var termCount: Int { clauses.reduce(0) { $0 + $1.count } + excluded.count }

    /// The query written back in the query language, as understood (`gemeente (motie OR moties) -"c s"`).
    public var description: String {
        var parts = clauses.map { clause -> String in
            let terms = clause.map(SearchQuery.describe)
            return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
        }
        parts += excluded.map { "-" + SearchQuery.describe($0) }
        return parts.joined(separator: " ")
    }

    static func describe(_ term: Term) -> String {
        (term.exact ? "=" : "") + (term.isPhrase ? "\"\(term.text)\"" : term.text) + (term.prefix ? "*" : "")
    }
}

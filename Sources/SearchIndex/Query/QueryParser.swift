/// Parses the user's query language into a ``SearchQuery``. Never fails on odd characters: only an
/// empty query, a query of exclusions only, or one over the size limit is an error.
///
/// - words are ANDed: `gemeente radicalisering`
/// - `"evidence based werken"` is a phrase; a quote left open is closed at the end
/// - `radicali*` is a prefix; a lone `*` is ignored
/// - `a OR b` (capitals) matches either; `OR` with nothing on one side is an ordinary word
/// - `-word` / `-"a phrase"` excludes; `=word` matches the word only as written
/// - `AND` (capitals) between words is allowed and changes nothing
/// - words without a letter or digit (`{}`, `^`, `:`, `-`) are skipped: they cannot match anything
public struct QueryParser: Sendable {
    /// Most terms a query may hold.
    public static let maxTerms = 64

    /// `--exact`: every term matches only as written.
    public var exact: Bool

    public init(exact: Bool = false) { self.exact = exact }

    private enum Token: Equatable {
        case term(SearchQuery.Term, negated: Bool)
        case or
        case and
    }

    /// Parses `text`; throws ``IndexError/Kind/badQuery`` with a one-line explanation.
    public func parse(_ text: String) throws -> SearchQuery {
        var tokens = lex(text)
        // An operator without a positive term on both sides is an ordinary word; a valid AND is a no-op.
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token == .or || token == .and else { i += 1; continue }
            let before = i > 0 ? tokens[i - 1] : nil
            let after = i + 1 < tokens.count ? tokens[i + 1] : nil
            if QueryParser.isPositiveTerm(before), QueryParser.isPositiveTerm(after) {
                if token == .and { tokens.remove(at: i); continue }
            } else {
                let word = token == .or ? "OR" : "AND"
                tokens[i] = .term(SearchQuery.Term(text: word, exact: exact), negated: false)
            }
            i += 1
        }
        var clauses: [[SearchQuery.Term]] = []
        var excluded: [SearchQuery.Term] = []
        var joinNext = false
        for token in tokens {
            switch token {
            case .or:
                joinNext = true
            case .and:
                break
            case .term(let term, let negated):
                if negated {
                    excluded.append(term)
                } else if joinNext, !clauses.isEmpty {
                    clauses[clauses.count - 1].append(term)
                } else {
                    clauses.append([term])
                }
                joinNext = false
            }
        }
        let query = SearchQuery(clauses: clauses, excluded: excluded)
        if query.termCount > QueryParser.maxTerms {
            throw IndexError(.badQuery, "query too long: \(query.termCount) terms, at most \(QueryParser.maxTerms)")
        }
        if clauses.isEmpty {
            if !excluded.isEmpty {
                throw IndexError(.badQuery, "nothing to search for: a query needs at least one word that is not excluded with -")
            }
            throw IndexError(.badQuery, "empty query: give at least one word to search for")
        }
        return query
    }

    private static func isPositiveTerm(_ token: Token?) -> Bool {
        if case .term(_, let negated)? = token { return !negated }
        return false
    }

    /// Splits the text into terms and operators.
    private func lex(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace { i += 1; continue }
            var negated = false
            var exactTerm = exact
            // Leading modifiers: any mix of '-' and '=' directly before a word or a quote.
            var j = i
            while j < chars.count, chars[j] == "-" || chars[j] == "=" {
                if chars[j] == "-" { negated = true } else { exactTerm = true }
                j += 1
            }
            let hasModifiers = j > i
            if j < chars.count, chars[j] == "\"" {
                var k = j + 1
                var inner = ""
                while k < chars.count, chars[k] != "\"" { inner.append(chars[k]); k += 1 }
                k += 1  // past the closing quote (or the end)
                var prefix = false
                while k < chars.count, chars[k] == "*" { prefix = true; k += 1 }
                i = k
                let words = inner.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard QueryParser.isSearchable(words) else { continue }
                tokens.append(.term(SearchQuery.Term(text: words, isPhrase: true, exact: exactTerm, prefix: prefix),
                                    negated: negated))
                continue
            }
            var k = j
            var word = ""
            while k < chars.count, !chars[k].isWhitespace, chars[k] != "\"" { word.append(chars[k]); k += 1 }
            i = k
            if !hasModifiers, word == "OR" { tokens.append(.or); continue }
            if !hasModifiers, word == "AND" { tokens.append(.and); continue }
            var prefix = false
            while word.hasSuffix("*") { word.removeLast(); prefix = true }
            while word.hasPrefix("*") { word.removeFirst() }
            // A word without letters or digits ("-", "*", "{}", "^") cannot match anything: skipped.
            guard QueryParser.isSearchable(word) else { continue }
            tokens.append(.term(SearchQuery.Term(text: word, exact: exactTerm, prefix: prefix), negated: negated))
        }
        return tokens
    }

    /// Whether `text` holds something a tokenizer turns into a term: a letter or a digit.
    static func isSearchable(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}

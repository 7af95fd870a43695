import Kamervragen

/// Text with the matched words marked.
public struct Snippet: Sendable, Equatable, Codable {
    public struct Segment: Sendable, Equatable, Codable {
        public var text: String
        public var isMatch: Bool
    }
    public var segments: [Segment]

    /// The text without marks.
    public var plain: String { segments.map(\.text).joined() }
    /// The matched words, in order.
    public var matches: [String] { segments.filter(\.isMatch).map(\.text) }

    static let open: Character = "\u{2}"
    static let close: Character = "\u{3}"

    /// Parses FTS5 `snippet()` output marked with `open`/`close`.
    init(marked: String) {
        var segments: [Segment] = []
        var current = ""
        var inMatch = false
        for c in marked {
            if c == Snippet.open || c == Snippet.close {
                if !current.isEmpty { segments.append(Segment(text: current, isMatch: inMatch)) }
                current = ""
                inMatch = c == Snippet.open
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { segments.append(Segment(text: current, isMatch: inMatch)) }
        self.segments = segments
    }
}

/// One matching question/answer pair.
public struct SearchHit: Sendable {
    /// 1-based place in the whole result list (offset included).
    public var rank: Int
    /// Weighted bm25 (higher is better; comparable within one query).
    public var score: Double
    /// True when the pair holds every clause of the query; false for a best partial match.
    public var matchesAll: Bool
    public var pairId: Int64
    public var documentId: Int64
    /// The pair's place in its document, 1-based (`kamervragen show FILE --pair N`).
    public var pairPosition: Int
    /// True for the unit that holds the document's text not split into questions and answers.
    public var isUnsplit: Bool
    /// The question set of the file this pair belongs to, 1 for the first (`show FILE --set N`).
    public var part: Int
    public var file: String
    public var kind: DocumentKind
    public var title: String?
    public var numbers: [Int]
    public var question: String
    public var answer: String
    public var questionSnippet: Snippet
    public var answerSnippet: Snippet
    public var submitted: String?
    public var received: String?
    public var askers: [Person]
    public var answerers: [Official]
    public var addressees: [String]
    /// The question set this pair belongs to, followed across its documents (nil for a text that is no
    /// Kamervragen document).
    public var caseInfo: CaseInfo?

    /// The snippet to show when only one fits: the first of question and answer with a match.
    public var bestSnippet: Snippet {
        if !questionSnippet.matches.isEmpty || answerSnippet.matches.isEmpty { return questionSnippet }
        return answerSnippet
    }
}

/// The outcome of a search.
public struct SearchResult: Sendable {
    public var hits: [SearchHit]
    /// Pairs matching the whole query (with the filters).
    public var total: Int
    /// Pairs matching only some clauses; counted only when the full matches did not fill the page.
    public var partialTotal: Int
    /// True when partial matches were added below the full ones.
    public var partial: Bool
    /// The query as understood, in the query language (or the raw FTS5 text).
    public var understood: String
    /// The FTS5 expression run for full matches.
    public var expression: String
    /// True when the matches were too many to count at a bounded cost: `total` (or `partialTotal`) is
    /// then a lower bound (see ``BoundedRanking``).
    public var totalIsLowerBound = false
    /// True when the matches were too many to rank all: the hits are the best, in bm25 order, among the
    /// newest ``Searcher/candidateLimit`` matches (bounded ranking).
    public var boundedRanking = false
    /// "Did you mean": when the query found few pairs, for each query word the index does not hold, the
    /// closest indexed words (best first). Empty otherwise.
    public var suggestions: [Suggestion] = []
    /// The query with each such word replaced by its best suggestion, or nil when there is none.
    public var suggestedQuery: String? {
        guard !suggestions.isEmpty else { return nil }
        var text = understood
        for s in suggestions { if let best = s.candidates.first { text = text.replacingOccurrences(of: s.word, with: best) } }
        return text
    }
}

/// Indexed words close to one query word (see ``Suggestions``).
public struct Suggestion: Sendable, Equatable {
    public var word: String
    public var candidates: [String]
    public init(word: String, candidates: [String]) { self.word = word; self.candidates = candidates }
}

/// What `kamervragen similar` compares with the index: a text, or a pair already in it.
public enum SimilarSource: Sendable, Equatable {
    /// A text (a new question, a paragraph): cut to its first ``SimilarRequest/maxWords`` words.
    case text(String)
    /// Pair `position` (`FILE #N` in search results) of document `documentId`; the pair itself and the
    /// other pairs of its question set (case) are left out of the result.
    case pair(documentId: Int64, position: Int)
}

/// One search for the indexed pairs most alike a text or a pair.
public struct SimilarRequest: Sendable {
    public var source: SimilarSource
    public var limit = 10
    public var offset = 0
    /// The filters of `search` (dates, party, asker, minister, kind, unanswered), applied to the candidates.
    public var filters = SearchFilters()
    /// Tokens of context in each snippet.
    public var snippetTokens = 24
    /// Words of a text compared at most; the rest is left out (and the result says so).
    public var maxWords = SimilarRequest.defaultMaxWords
    /// Terms of the text that take part at most, the heaviest by tf·idf (Lucene's MoreLikeThis uses 25).
    public var maxTerms = 25
    /// A term in more than this share of the pairs is furniture (`kunt u`, `bent u bekend met`,
    /// `minister`) and does not take part.
    public var maxDocumentShare = 0.1
    /// Weights of the candidate's question, answer and subject in its similarity.
    public var fieldWeights = (question: 0.6, answer: 0.3, title: 0.1)
    /// The weight, as a multiple of the idf at the furniture cut-off, with which a candidate's words that
    /// the text does not share count in the length of its vector (see ``SimilarityRanking``).
    public var otherTermWeight = 1.0

    public static let defaultMaxWords = 1_000

    public init(source: SimilarSource) { self.source = source }
}

/// A term of the text that takes part in the comparison.
public struct SimilarTerm: Sendable, Equatable {
    /// The index term: the word's stem, as the analyser makes it.
    public var stem: String
    /// The word as first written in the text.
    public var word: String
    /// Occurrences in the text (a pair's answer counts half).
    public var frequency: Double
    /// Pairs holding it (exact, or estimated for a common term; see ``TermStatistics``).
    public var documentFrequency: Double
    public var idf: Double
    /// tf·idf: its weight in the text's vector.
    public var weight: Double
}

/// One similar pair: the hit as `search` shows it, with how alike it is and why.
public struct SimilarHit: Sendable {
    /// The pair, its snippets marking the shared terms; `score` is ``similarity``.
    public var hit: SearchHit
    /// Weighted cosine similarity of the tf·idf vectors, 0…1: the question counts most, then the
    /// answer, then the subject.
    public var similarity: Double
    public var questionSimilarity: Double
    public var answerSimilarity: Double
    /// The text's terms the pair holds, as written in the text, the heaviest contribution first.
    public var sharedTerms: [String]
}

/// The outcome of ``SimilarQuestions/find(_:)``.
public struct SimilarResult: Sendable {
    public var hits: [SimilarHit]
    /// Pairs holding at least one of the terms the candidates were fetched with (the source's own
    /// question set and units of text not split left out).
    public var total: Int
    /// True when `total` is a lower bound (see ``BoundedRanking``).
    public var totalIsLowerBound = false
    /// True when more pairs matched than were scored: the candidates are the newest matches.
    public var boundedRanking = false
    /// Candidates compared term by term (the best by bm25 over the fetch terms).
    public var compared = 0
    /// The terms compared, heaviest first.
    public var terms: [SimilarTerm]
    /// The terms the candidates were fetched with (the rarest, see ``CandidateFetch``).
    public var fetchTerms: [String]
    /// Words of the text that were left out because the text was longer than the request's `maxWords`
    /// (0 when none).
    public var wordsLeftOut = 0
    /// Words of the text compared.
    public var words = 0
}

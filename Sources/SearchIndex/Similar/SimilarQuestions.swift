import Foundation
import GRDB

/// `kamervragen similar`: the indexed pairs most alike a text or a pair, best first ("have we been asked
/// this before, and what did we answer?"). Built on a ``Searcher``'s steps, in one read transaction:
///
/// 1. the text is analysed with the index's own analyser (``TextTerms``);
/// 2. the terms that carry it are chosen by tf·idf from the index's statistics, the furniture of
///    questions dropped by document frequency (``TermSelection``);
/// 3. candidates come from an `OR` of the rarest of them, ranked by bm25 and bounded as search is
///    (``CandidateFetch``);
/// 4. the best candidates are re-ranked by the cosine of tf·idf vectors, question, answer and subject
///    each on its own (``SimilarityRanking``);
/// 5. the hits are read as search reads them, their snippets marking the shared terms
///    (``Searcher/hydrate(_:highlight:snippetTokens:firstPlace:_:)``).
///
/// A pair given as the source is left out, with the other pairs of its question set (its case).
public final class SimilarQuestions {
    private let searcher: Searcher

    /// Candidates compared term by term at least (more when a page further down is asked for).
    public static let compareLimit = 100

    public init(searcher: Searcher) { self.searcher = searcher }

    /// Opens the index at `path` (as ``Searcher/init(databasePath:candidateLimit:countLimit:)``).
    public convenience init(databasePath path: String) throws {
        self.init(searcher: try Searcher(databasePath: path))
    }

    /// Runs `request`. Throws ``IndexError``: `badQuery` when the text has nothing to compare (empty, or
    /// only words too common or unknown to the index) or the pair is not in the index; `invalidInput`
    /// for a bad filter.
    public func find(_ request: SimilarRequest) throws -> SimilarResult {
        let filter = try FilterSQL(request.filters)
        let tokenizer = try searcher.analysisTokenizer()
        let limits = searcher.rankingLimits
        let limit = max(0, request.limit), offset = max(0, request.offset)
        do {
            return try searcher.read { db in
                var text = TextTerms(tokenizer: tokenizer)
                var excluded = Set<Int64>()
                var leftOut = 0
                switch request.source {
                case .text(let raw):
                    let (words, rest) = Self.firstWords(raw, request.maxWords)
                    leftOut = rest
                    try text.add(String(words))
                    guard text.words > 0 else {
                        throw IndexError(.badQuery, "nothing to compare: the text is empty; give a question or a paragraph")
                    }
                case .pair(let documentId, let position):
                    guard let source = try Self.pair(documentId: documentId, position: position, db) else {
                        throw IndexError(.badQuery, "no pair #\(position) in document \(documentId) of the index")
                    }
                    // The question is what is asked; the answer and the subject say what about.
                    try text.add(source.question)
                    try text.add(source.title, weight: 0.5)
                    try text.add(source.answer, weight: 0.5)
                    excluded = source.sameCase
                    guard text.words > 0 else {
                        throw IndexError(.badQuery, "nothing to compare: pair #\(position) of document \(documentId) has no text")
                    }
                }
                var statistics = TermStatistics(db)
                let selection = try TermSelection(text, maxTerms: request.maxTerms, maxShare: request.maxDocumentShare,
                                                  statistics: &statistics)
                guard !selection.terms.isEmpty else { throw Self.nothingToCompare(selection, request) }
                let needed = max(Self.compareLimit, offset + limit)
                var optional: TermStatistics? = statistics
                let fetch = try CandidateFetch(selection.terms, filter: filter, limits: limits, needed: needed,
                                               excluded: excluded, statistics: &optional, db)
                let rows = Double(max(try statistics.rowCount(), 1))
                let otherIdf = request.otherTermWeight * TermSelection.idf(rows: rows, hits: request.maxDocumentShare * rows)
                let scored = try SimilarityRanking.rank(fetch.candidates, terms: selection.terms, otherIdf: otherIdf,
                                                        weights: request.fieldWeights, tokenizer: tokenizer, db)
                let page = Array(scored.dropFirst(offset).prefix(limit))
                let highlight = selection.terms.map { TermSelection.expression($0.stem) }.joined(separator: " OR ")
                let hits = try searcher.hydrate(page.map { Searcher.RankedPair(id: $0.id, rank: -$0.similarity) },
                                                highlight: highlight, snippetTokens: request.snippetTokens,
                                                firstPlace: offset + 1, db)
                let byId = Dictionary(page.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                return SimilarResult(
                    hits: hits.compactMap { hit in
                        byId[hit.pairId].map {
                            SimilarHit(hit: hit, similarity: $0.similarity, questionSimilarity: $0.question,
                                       answerSimilarity: $0.answer, sharedTerms: $0.shared)
                        }
                    },
                    total: fetch.total, totalIsLowerBound: fetch.totalIsLowerBound, boundedRanking: fetch.bounded,
                    compared: fetch.candidates.count, terms: selection.terms, fetchTerms: fetch.terms.map(\.word),
                    wordsLeftOut: leftOut, words: text.words)
            }
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError(.io, "similar failed: \(IndexDatabase.describe(error))")
        }
    }

    /// Why a text selected no terms, in one line.
    private static func nothingToCompare(_ selection: TermSelection, _ request: SimilarRequest) -> IndexError {
        let percent = Int((request.maxDocumentShare * 100).rounded())
        var reasons: [String] = []
        if !selection.common.isEmpty {
            reasons.append("\(Self.list(selection.common)) \(selection.common.count == 1 ? "is" : "are") in more than \(percent)% of the pairs")
        }
        if !selection.absent.isEmpty {
            reasons.append("\(Self.list(selection.absent)) \(selection.absent.count == 1 ? "is" : "are") in no pair")
        }
        return IndexError(.badQuery, "nothing to compare: every word of the text is too common or unknown in the index ("
                          + reasons.joined(separator: "; ") + "); give the words that say what the question is about")
    }

    private static func list(_ words: [String]) -> String {
        let shown = words.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ")
        return words.count > 6 ? shown + " and \(words.count - 6) more" : shown
    }

    /// The first `count` words of `text` (separated by white space) and how many were left out.
    static func firstWords(_ text: String, _ count: Int) -> (text: Substring, leftOut: Int) {
        var words = 0
        var inWord = false
        var end = text.endIndex
        for i in text.unicodeScalars.indices {
            let space = text.unicodeScalars[i].properties.isWhitespace
            if !space, !inWord {
                if words == count { end = i; break }
                words += 1
            }
            inWord = !space
        }
        guard end < text.endIndex else { return (text[...], 0) }
        let rest = text[end...].split(whereSeparator: \.isWhitespace).count
        return (text[..<end], rest)
    }

    /// The texts of pair `position` of document `documentId` and the pairs of its question set.
    private static func pair(documentId: Int64, position: Int, _ db: Database)
        throws -> (question: String, answer: String, title: String, sameCase: Set<Int64>)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT CAST(sqlar_uncompress(p.question, p.question_size) AS TEXT),
                   CAST(sqlar_uncompress(p.answer, p.answer_size) AS TEXT), coalesce(d.title, ''), d.case_key
            FROM pairs p JOIN documents d ON d.id = p.document_id WHERE p.document_id = ? AND p.position = ?
            """, arguments: [documentId, position]) else { return nil }
        let caseKey: String? = row[3]
        let same = try Int64.fetchSet(db, sql: """
            SELECT p.id FROM pairs p JOIN documents d ON d.id = p.document_id WHERE d.id = ? OR d.case_key = ?
            """, arguments: [documentId, caseKey])
        return (row[0] ?? "", row[1] ?? "", row[2] ?? "", same)
    }
}

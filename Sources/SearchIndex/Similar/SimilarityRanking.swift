import Foundation
import GRDB

/// Orders candidates by the cosine similarity of tf·idf vectors: the text's vector (its selected terms,
/// ``TermSelection``) against each candidate's question, answer and subject, analysed as the index
/// analyses text (``TextTerms``), each field on its own. Components are (1 + ln tf)·√idf: the dot
/// product then weighs a shared term by its idf, as bm25 does. The question weighs most: a pair is similar when
/// it asks the same, and its answer is what the reader wants to see. A field that is empty (a question
/// not yet answered) does not count, rather than count as unlike.
///
/// The idf of the candidate's other words (those the text does not share) would cost a statistics
/// lookup each; they count in the length of the candidate's vector with the weight of the commonest
/// term a text may select (the idf at the furniture cut-off), so a long answer that mentions the topic
/// once is less alike than a short one about it.
struct SimilarityRanking {
    struct Scored {
        var id: Int64
        var similarity: Double
        var question: Double
        var answer: Double
        /// Shared terms' written forms, the heaviest contribution first.
        var shared: [String]
    }

    /// `ids` scored against `terms` (weights and idf from the text), best first.
    static func rank(_ ids: [Int64], terms: [SimilarTerm], otherIdf: Double,
                     weights: (question: Double, answer: Double, title: Double), tokenizer: any FTS5Tokenizer,
                     _ db: Database) throws -> [Scored] {
        guard !ids.isEmpty, !terms.isEmpty else { return [] }
        // Each component is tf·√idf, so that a shared term adds its idf once to the dot product, as in
        // bm25, not idf² (with which one rare word decides alone: measured, MRR@10 0.917 → 0.953 on
        // the real documents' evaluation set).
        var query: [String: (word: String, idf: Double, weight: Double)] = [:]
        // The norm is summed in the terms' own order, not the dictionary's: a dictionary's order differs
        // from one process to the next, and so would the last digit of every similarity.
        var queryNorm = 0.0, queryWeight = 0.0
        var stems: [String] = []  // each stem once, in the terms' order
        for term in terms where query[term.stem] == nil {
            let idf = term.idf.squareRoot(), weight = TermSelection.termWeight(term.frequency) * idf
            query[term.stem] = (word: term.word, idf: idf, weight: weight)
            stems.append(term.stem)
            queryNorm += weight * weight
            queryWeight += weight
        }
        queryNorm = queryNorm.squareRoot()
        let otherIdf = otherIdf.squareRoot()
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id, CAST(sqlar_uncompress(p.question, p.question_size) AS TEXT),
                   CAST(sqlar_uncompress(p.answer, p.answer_size) AS TEXT), coalesce(d.title, '')
            FROM pairs p JOIN documents d ON d.id = p.document_id
            WHERE p.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(ids))
        var scored: [Scored] = []
        for row in rows {
            var contributions: [String: Double] = [:]
            var total = 0.0, weightSum = 0.0
            var fieldScores: [Double] = []
            for (column, weight) in [(1, weights.question), (2, weights.answer), (3, weights.title)] {
                let text: String = row[column] ?? ""
                var field = TextTerms(tokenizer: tokenizer, keepWritten: false)
                try field.add(text)
                guard !field.counts.isEmpty else { fieldScores.append(0); continue }
                var dot = 0.0, norm = 0.0
                var shared: [(String, Double)] = []
                for stem in field.order {
                    let count = field.counts[stem] ?? 0
                    if let term = query[stem] {
                        let w = TermSelection.termWeight(count) * term.idf
                        dot += term.weight * w
                        norm += w * w
                        shared.append((stem, term.weight * w))
                    } else {
                        let w = TermSelection.termWeight(count) * otherIdf
                        norm += w * w
                    }
                }
                let cosine = dot > 0 ? dot / (queryNorm * sqrt(norm)) : 0
                guard weight > 0 else { fieldScores.append(cosine); continue }
                fieldScores.append(cosine)
                total += weight * cosine
                weightSum += weight
                for (stem, c) in shared { contributions[stem, default: 0] += weight * c / (queryNorm * sqrt(norm)) }
            }
            var similarity = weightSum > 0 ? total / weightSum : 0
            // Coordination, as Lucene's coord: times the square root of the share of the text's weight that
            // the pair holds in any field, so that a few shared common words (`hoeveel`, `daarvan`, `er`)
            // do not outrank a pair sharing the text's subject (real documents' evaluation set: MRR@10
            // 0.948 → 0.969). Summed in the terms' order, so every process gives the same digits.
            var held = 0.0
            for stem in stems where contributions[stem] != nil { held += query[stem]?.weight ?? 0 }
            similarity *= (held / queryWeight).squareRoot()
            let shared = contributions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.compactMap { query[$0.key]?.word }
            scored.append(Scored(id: row[0], similarity: similarity, question: fieldScores[0], answer: fieldScores[1],
                                 shared: shared))
        }
        return scored.sorted { ($0.similarity, $0.id) > ($1.similarity, $1.id) }
    }
}

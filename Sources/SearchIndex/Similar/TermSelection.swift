import Foundation

/// The terms that carry a text, as Lucene's MoreLikeThis chooses them: every stem of the text weighted
/// by tf·idf with the index's own statistics (``TermStatistics``: pairs holding the stem, exact or
/// estimated at a bounded cost), the heaviest `maxTerms` kept. A stem in more than `maxShare` of the
/// pairs is the furniture of questions (`kunt u`, `bent u bekend met`, `minister`): it is dropped by its
/// document frequency, with no list of words. A stem no pair holds cannot make pairs alike.
struct TermSelection {
    /// The terms kept, heaviest first.
    var terms: [SimilarTerm]
    /// Stems dropped as too common, and stems the index does not hold.
    var common: [String] = []
    var absent: [String] = []

    /// Terms whose statistics are looked up at most (each lookup reads the index): of a long text, those
    /// most frequent in it, then the longest (long words are the rarer ones), then the first.
    static let maxLookups = 100

    init(_ text: TextTerms, maxTerms: Int, maxShare: Double, statistics: inout TermStatistics) throws {
        let rows = Double(max(try statistics.rowCount(), 1))
        var looked = text.order
        if looked.count > Self.maxLookups {
            looked = Array(looked.enumerated().sorted {
                let a = (text.counts[$0.element] ?? 0, $0.element.utf8.count, -$0.offset)
                let b = (text.counts[$1.element] ?? 0, $1.element.utf8.count, -$1.offset)
                return a > b
            }.prefix(Self.maxLookups).map(\.element))
        }
        var kept: [SimilarTerm] = []
        for stem in looked {
            let tf = text.counts[stem] ?? 0
            let df = try statistics.hits(for: Self.expression(stem))
            let word = text.written[stem] ?? stem
            if df < 1 { absent.append(word); continue }
            if df > maxShare * rows { common.append(word); continue }
            let idf = Self.idf(rows: rows, hits: df)
            kept.append(SimilarTerm(stem: stem, word: word, frequency: tf, documentFrequency: df, idf: idf,
                                    weight: Self.termWeight(tf) * idf))
        }
        // Heaviest first; among equals the rarer, then the earlier in the text (a stable order).
        terms = Array(kept.enumerated().sorted {
            ($0.element.weight, $0.element.idf, -$0.offset) > ($1.element.weight, $1.element.idf, -$1.offset)
        }.map(\.element).prefix(max(1, maxTerms)))
    }

    /// The FTS5 expression of one term, with the alternatives a query word has: the written word that is
    /// its own stem, any word stemming to it, and any compound with it as a part (``QueryAlternatives``).
    static func expression(_ stem: String) -> String {
        FTS5Term.alternatives([stem, String(UnicodeScalar(DutchTokenizer.stemMarker)) + stem,
                               String(UnicodeScalar(DutchTokenizer.partMarker)) + stem])
    }

    /// Lucene's BM25 IDF, ln(1 + (N − n + 0.5) / (n + 0.5)): positive for every term.
    static func idf(rows: Double, hits: Double) -> Double {
        log(1 + (rows - hits + 0.5) / (hits + 0.5))
    }

    /// Sublinear term frequency, 1 + ln tf: a word repeated five times is not five times the topic
    /// (below 1, for a term counted at a lower weight, the frequency itself).
    static func termWeight(_ tf: Double) -> Double {
        tf <= 1 ? max(tf, 0) : 1 + log(tf)
    }
}

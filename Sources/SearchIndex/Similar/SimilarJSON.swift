import Foundation

/// The JSON objects of `kamervragen similar --json` and `/api/similar`: each hit is the object of
/// `search --json` (``SearchJSON/hit(_:today:)``, `score` being the similarity) with `similarity`,
/// `question_similarity`, `answer_similarity` and `shared_terms` added; then a summary.
public enum SimilarJSON {
    public static func hit(_ hit: SimilarHit, today: String = Today.iso) -> [String: Any] {
        var object = SearchJSON.hit(hit.hit, today: today)
        object["similarity"] = hit.similarity
        object["question_similarity"] = hit.questionSimilarity
        object["answer_similarity"] = hit.answerSimilarity
        object["shared_terms"] = hit.sharedTerms
        return object
    }

    /// `{"type": "summary", "total": …, "terms": [{"word", "stem", "weight", "df"}], …}`.
    public static func summary(_ result: SimilarResult, request: SimilarRequest) -> [String: Any] {
        var source: [String: Any] = ["kind": "text", "words": result.words, "words_left_out": result.wordsLeftOut]
        if case .pair(let documentId, let position) = request.source {
            source = ["kind": "pair", "document_id": documentId, "pair": position, "words": result.words,
                      "words_left_out": 0]
        }
        return [
            "type": "summary",
            "total": result.total,
            "total_is_lower_bound": result.totalIsLowerBound,
            "bounded_ranking": result.boundedRanking,
            "compared": result.compared,
            "shown": result.hits.count,
            "offset": request.offset,
            "limit": request.limit,
            "query": result.fetchTerms.joined(separator: " OR "),
            "source": source,
            "terms": result.terms.map {
                ["word": $0.word, "stem": $0.stem, "weight": $0.weight, "df": $0.documentFrequency] as [String: Any]
            },
        ]
    }
}

import Foundation
import Kamervragen

/// The JSON objects of search hits, summaries, cases and stored documents, as `[String: Any]` for
/// `JSONSerialization`: one definition for `kamervragen search --json` / `show --json` and the web API
/// (`/api/search`, `/api/pair`), so that their fields are the same. Fields are only ever added.
public enum SearchJSON {
    /// One hit: `{"type": "hit", "rank": …, "file": …, "question_snippet": …, "case": …}`.
    public static func hit(_ hit: SearchHit, today: String = Today.iso) -> [String: Any] {
        let best = hit.bestSnippet
        return [
            "type": "hit",
            "rank": hit.rank,
            "score": hit.score,
            "all_words": hit.matchesAll,
            "file": hit.file,
            "document_id": hit.documentId,
            "pair": hit.pairPosition,
            "set": hit.part,
            "unsplit": hit.isUnsplit,
            "kind": hit.kind.rawValue,
            "title": hit.title as Any? ?? NSNull(),
            "numbers": hit.numbers,
            "question": hit.question,
            "answer": hit.answer,
            "snippet": oneLine(best.plain).trimmingCharacters(in: .whitespaces),
            "question_snippet": oneLine(hit.questionSnippet.plain).trimmingCharacters(in: .whitespaces),
            "answer_snippet": oneLine(hit.answerSnippet.plain).trimmingCharacters(in: .whitespaces),
            "matches": unique(hit.questionSnippet.matches + hit.answerSnippet.matches),
            "submitted": hit.submitted as Any? ?? NSNull(),
            "received": hit.received as Any? ?? NSNull(),
            "askers": hit.askers.map(person),
            "answerers": hit.answerers.map(official),
            "addressees": hit.addressees,
            "case": caseObject(hit.caseInfo, today: today),
        ]
    }

    /// The summary after the hits: totals, paging, the query as understood, did-you-mean.
    public static func summary(_ result: SearchResult, request: SearchRequest) -> [String: Any] {
        [
            "type": "summary",
            "total": result.total,
            "partial_total": result.partialTotal,
            "shown": result.hits.count,
            "offset": request.offset,
            "limit": request.limit,
            "query": result.understood,
            "partial": result.partial,
            "total_is_lower_bound": result.totalIsLowerBound,
            "bounded_ranking": result.boundedRanking,
            "suggestions": result.suggestions.map { ["word": $0.word, "candidates": $0.candidates] as [String: Any] },
            "did_you_mean": result.suggestedQuery as Any? ?? NSNull(),
        ]
    }

    /// The case of a hit or document, or `NSNull` for none.
    public static func caseObject(_ c: CaseInfo?, today: String = Today.iso) -> Any {
        guard let c else { return NSNull() }
        return [
            "key": c.key, "status": c.status.rawValue, "submitted": c.submitted as Any? ?? NSNull(),
            "notice_received": c.noticeReceived as Any? ?? NSNull(), "answered": c.answered as Any? ?? NSNull(),
            "days_to_answer": c.daysToAnswer as Any? ?? NSNull(),
            "days_waiting": c.daysWaiting(on: today) as Any? ?? NSNull(), "overdue": c.isOverdue(on: today),
            "documents": c.documents.map {
                ["file": $0.file, "set": $0.part, "kind": $0.kind.rawValue, "date": $0.date as Any? ?? NSNull()] as [String: Any]
            },
        ] as [String: Any]
    }

    /// A stored document with `pairs` (all of its pairs, or the one asked for), as `show --json`.
    public static func document(_ doc: StoredDocument, pairs: [StoredDocument.Pair], caseInfo: CaseInfo?,
                                today: String = Today.iso) -> [String: Any] {
        let pairObjects: [[String: Any]] = pairs.map {
            ["pair": $0.position, "numbers": $0.numbers, "question": $0.question, "answer": $0.answer,
             "footnotes": $0.footnoteNumbers, "unsplit": $0.isUnsplit]
        }
        return [
            "document_id": doc.id,
            "file": doc.file,
            "set": doc.part,
            "sets": doc.parts,
            "kind": doc.kind.rawValue,
            "title": doc.title as Any? ?? NSNull(),
            "askers": doc.askers.map(person),
            "addressees": doc.addressees,
            "answerers": doc.answerers.map(official),
            "submitted": doc.submitted as Any? ?? NSNull(),
            "received": doc.received as Any? ?? NSNull(),
            "identifiers": doc.identifiers,
            "notice": doc.notice as Any? ?? NSNull(),
            "pairs": pairObjects,
            "footnotes": doc.footnotes.map { ["number": $0.number, "text": $0.text] },
            "case": caseObject(caseInfo, today: today),
        ]
    }

    /// Newlines and runs of spaces made single spaces; control characters dropped.
    /// `words` without repeats, in their first order.
    static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    public static func oneLine(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = true
            } else if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                continue
            } else {
                if space { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        if space { out.append(" ") }
        return out
    }

    private static func person(_ p: Person) -> [String: Any] {
        ["name": p.name, "party": p.party as Any? ?? NSNull()]
    }

    private static func official(_ o: Official) -> [String: Any] {
        ["name": o.name as Any? ?? NSNull(), "role": o.role as Any? ?? NSNull(), "department": o.department as Any? ?? NSNull()]
    }
}

import Foundation
import Kamervragen
import SearchIndex

/// `/document/ID` and `/pair/ID/N`: a stored document in full (metadata, case, notice, its questions
/// with their answers in order, footnotes), or one of its pairs; with a link to the file and to
/// officielebekendmakingen.nl when an `ah-tk-…`/`kv-tk-…` identifier is known.
enum DocumentPage {
    /// Similar pairs listed on a pair's page.
    static let similarCount = 5

    /// The page; `similar` (a pair's page) is listed under the pair as "Similar questions".
    static func html(_ doc: StoredDocument, caseInfo: CaseInfo?, pair: Int? = nil, similar: [SimilarHit] = [],
                     today: String = Today.iso) -> String {
        let pairs = pair.map { n in doc.pairs.filter { $0.position == n } } ?? doc.pairs
        var out = "<main class=\"document\"><h1>\(HTML.escape(doc.title ?? "(no subject)"))</h1><dl class=\"metadata\">"
        func row(_ name: String, _ value: String) { out += "<dt>\(name)</dt><dd>\(value)</dd>" }
        row("kind", HTML.escape(doc.kind.rawValue) + (doc.parts > 1 ? HTML.escape(", set \(doc.part) of \(doc.parts)") : ""))
        if !doc.askers.isEmpty { row("asked by", HTML.escape(doc.askers.map(\.displayName).joined(separator: ", "))) }
        if !doc.addressees.isEmpty { row("addressed to", HTML.escape(doc.addressees.joined(separator: "; "))) }
        if !doc.answerers.isEmpty { row("answered by", HTML.escape(doc.answerers.map(\.displayName).joined(separator: ", "))) }
        if let s = doc.submitted { row("submitted", HTML.escape(s)) }
        if let r = doc.received { row("received", HTML.escape(r)) }
        if !doc.identifiers.isEmpty {
            row("identifiers", doc.identifiers.map { id in
                officialURL(id).map { "<a href=\"\(HTML.escape($0))\" rel=\"noreferrer\">\(HTML.escape(id))</a>" } ?? HTML.escape(id)
            }.joined(separator: ", "))
        }
        row("file", "<a href=\"/file/\(doc.id)\">\(HTML.escape(doc.file))</a>")
        if let c = caseInfo {
            var members = ""
            for m in c.documents {
                let label = HTML.escape("\((m.file as NSString).lastPathComponent)\(m.part > 1 ? " (set \(m.part))" : "") — \(m.kind.rawValue)\(m.date.map { ", \($0)" } ?? "")")
                members += m.documentId == doc.id ? "<li>\(label) (this document)</li>" : "<li><a href=\"/document/\(m.documentId)\">\(label)</a></li>"
            }
            row("case", HTML.escape(caseLine(c, today: today)) + "<ul class=\"case-documents\">\(members)</ul>")
        }
        out += "</dl>"
        if let pair {
            out += "<p><a href=\"/document/\(doc.id)\">whole document</a> · pair \(pair) of \(doc.pairs.count)</p>"
        }
        if pair == nil, let notice = doc.notice, !notice.isEmpty {
            out += "<section class=\"notice\"><h2>Notice</h2><div class=\"text\">\(HTML.escape(notice))</div></section>"
        }
        for p in pairs {
            let numbers = p.numbers.map(String.init).joined(separator: ", ")
            let label = p.isUnsplit ? "Text not split" : numbers.isEmpty ? "Question" : "Question \(numbers)"
            out += "<section class=\"pair\" id=\"pair-\(p.position)\"><h3><a href=\"/pair/\(doc.id)/\(p.position)\">#\(p.position)</a> \(label)</h3>"
            if !p.question.isEmpty { out += "<div class=\"text question\">\(HTML.escape(p.question))</div>" }
            if !p.answer.isEmpty {
                out += "<h4>Answer\(numbers.isEmpty ? "" : " \(numbers)")</h4><div class=\"text answer\">\(HTML.escape(p.answer))</div>"
            }
            out += "</section>"
        }
        if pair != nil, !similar.isEmpty { out += similarList(similar) }
        let notes = pair == nil ? doc.footnotes : doc.footnotes.filter { note in pairs.contains { $0.footnoteNumbers.contains(note.number) } }
        if !notes.isEmpty {
            out += "<section class=\"footnotes\"><h2>Footnotes</h2><ol>"
            for note in notes { out += "<li value=\"\(note.number)\">\(HTML.escape(note.text))</li>" }
            out += "</ol></section>"
        }
        out += "</main>"
        return PageLayout.page(title: (doc.title ?? "document \(doc.id)") + " — kamervragen", body: out)
    }

    /// "Similar questions": each a link to its pair page, with its subject, question numbers, date,
    /// similarity and the opening of its question, shared terms marked.
    static func similarList(_ hits: [SimilarHit]) -> String {
        var out = "<section class=\"similar\"><h2>Similar questions</h2><ol>"
        for similar in hits {
            let hit = similar.hit
            let numbers = hit.numbers.isEmpty ? "" : " [question \(hit.numbers.map(String.init).joined(separator: ", "))]"
            let date = hit.submitted ?? hit.received
            out += "<li><a href=\"/pair/\(hit.documentId)/\(hit.pairPosition)\">\(HTML.escape(hit.title ?? "(no subject)"))</a>"
                + "<span class=\"numbers\">\(HTML.escape(numbers))</span>"
                + "<p class=\"meta\">\(HTML.escape((date.map { $0 + " · " } ?? "") + String(format: "similarity %.2f", similar.similarity)))"
                + (similar.sharedTerms.isEmpty ? "" : HTML.escape(" · shared: " + similar.sharedTerms.prefix(6).joined(separator: ", ")))
                + "</p>" + SearchPage.snippet("Q", hit.questionSnippet, empty: "(no question text)")
                + (hit.answer.isEmpty ? "" : SearchPage.snippet("A", hit.answerSnippet, empty: "(no answer)")) + "</li>"
        }
        return out + "</ol></section>"
    }

    /// `https://zoek.officielebekendmakingen.nl/ah-tk-20242025-594.html` for an Aanhangsel or
    /// Kamervragen identifier (`ah-tk-…`, `ah-ek-…`, `kv-tk-…`); nil for others (zaak numbers).
    static func officialURL(_ identifier: String) -> String? {
        let lower = identifier.lowercased()
        guard ["ah-tk-", "ah-ek-", "kv-tk-"].contains(where: lower.hasPrefix),
              lower.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return nil }
        return "https://zoek.officielebekendmakingen.nl/\(identifier).html"
    }

    /// `Wiersma (VVD) · → Minister Koolmees (SZW) · submitted 2019-06-27, received 2019-10-10`.
    static func people(askers: [Person], answerers: [Official], addressees: [String], dates: (String?, String?)) -> String {
        var parts: [String] = []
        if !askers.isEmpty { parts.append(askers.map(\.displayName).joined(separator: ", ")) }
        if !answerers.isEmpty {
            parts.append("→ " + answerers.map(\.displayName).joined(separator: ", "))
        } else if !addressees.isEmpty {
            parts.append("→ " + addressees.joined(separator: ", "))
        }
        var when: [String] = []
        if let s = dates.0 { when.append("submitted \(s)") }
        if let r = dates.1 { when.append("received \(r)") }
        if !when.isEmpty { parts.append(when.joined(separator: ", ")) }
        return parts.joined(separator: "  ·  ")
    }

    /// `case 2025Z01234: answered after 41 days`, `case …: delayed (notice 2025-02-01), waiting 60 days (past the term)`.
    static func caseLine(_ c: CaseInfo, today: String) -> String {
        // A key made of askers, date and subject (no zaak or Aanhangsel number) means nothing to a reader.
        var text = c.key.contains("|") ? "case: " : "case \(c.key): "
        switch c.status {
        case .answered:
            text += c.daysToAnswer.map { "answered after \($0) days" } ?? "answered"
        case .delayed, .open:
            text += c.status == .delayed ? "delayed" + (c.noticeReceived.map { " (notice \($0))" } ?? "") : "open"
            if let days = c.daysWaiting(on: today) {
                text += ", waiting \(days) days" + (c.isOverdue(on: today) ? " (past the term)" : "")
            }
        }
        if c.documents.count > 1 { text += "; \(c.documents.count) documents" }
        return text
    }
}

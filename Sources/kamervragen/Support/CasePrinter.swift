import Foundation
import Kamervragen
import SearchIndex

/// Prints cases for `open` (and a case's documents for `show`).
enum CasePrinter {
    static func text(_ e: CaseStore.Entry, today: String) -> String {
        let c = e.info
        var head = (c.submitted ?? "????-??-??")
        if let days = c.daysWaiting(on: today) { head += "  \(days) days" }
        if c.isOverdue(on: today) { head += "  PAST THE TERM" }
        var out = head + "  " + (e.title ?? "(no subject)") + "\n"
        var people = e.askers.map(SearchPrinter.describe).joined(separator: ", ")
        let to = e.addressees.isEmpty ? e.answerers.map(SearchPrinter.describe) : e.addressees
        if !to.isEmpty { people += (people.isEmpty ? "" : " ") + "→ " + to.joined(separator: ", ") }
        if !people.isEmpty { out += "   " + people + "\n" }
        if c.status == .delayed { out += "   notice of delay" + (c.noticeReceived.map { " received \($0)" } ?? "") + "\n" }
        out += documents(c)
        return out + "\n"
    }

    /// The case's documents in order, one a line.
    static func documents(_ c: CaseInfo, indent: String = "   ") -> String {
        c.documents.map { d in
            indent + displayPath(d.file) + (d.part > 1 ? " (set \(d.part))" : "") + "  \(d.kind.rawValue)"
                + (d.date.map { " \($0)" } ?? "") + "\n"
        }.joined()
    }

    static func json(_ e: CaseStore.Entry, today: String) -> [String: Any] {
        var object = SearchJSON.caseObject(e.info, today: today) as? [String: Any] ?? [:]
        object["type"] = "case"
        object["title"] = e.title as Any? ?? NSNull()
        object["askers"] = e.askers.map { ["name": $0.name, "party": $0.party as Any? ?? NSNull()] }
        object["addressees"] = e.addressees
        return object
    }

    static func csvOpen(_ entries: [CaseStore.Entry], today: String) {
        Output.line(["case", "status", "submitted", "days_waiting", "past_term", "notice_received", "subject", "askers",
                     "parties", "addressees", "files"].joined(separator: ","))
        for e in entries {
            let c = e.info
            let fields: [String] = [
                c.key, c.status.rawValue, c.submitted ?? "", c.daysWaiting(on: today).map(String.init) ?? "",
                c.isOverdue(on: today) ? "yes" : "no", c.noticeReceived ?? "", e.title ?? "",
                e.askers.map(\.name).joined(separator: "; "), e.askers.map { $0.party ?? "" }.joined(separator: "; "),
                e.addressees.joined(separator: "; "), c.documents.map(\.file).joined(separator: "; "),
            ]
            Output.line(fields.map(csvField).joined(separator: ","))
        }
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

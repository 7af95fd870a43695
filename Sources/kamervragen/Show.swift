import ArgumentParser
import Foundation
import Kamervragen
import SearchIndex

/// `kamervragen show FILE|ID [--pair N]`: a stored document, or one of its pairs, in full.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an indexed document, or one question/answer pair, in full.",
        discussion: "Exit status: 0 shown, 2 not in the index or error, 64 usage.")

    @Argument(help: "A file path, a file name unique in the index, or a document id.")
    var document: String

    @Option(help: "Only pair N (as numbered in search results: FILE #N).")
    var pair: Int?

    @Option(help: "Question set N of a file that holds several (search results say \"set N\").")
    var set: Int?

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        Output.ignoreSigpipe()
        let path = database.location.path
        let found = try reportingErrors { try DocumentStore(databasePath: path).document(document, set: set) }
        guard let doc = found else {
            throw failure("\(document)\(set.map { " (set \($0))" } ?? ""): not in the index \(path)")
        }
        var pairs = doc.pairs
        if let pair {
            pairs = doc.pairs.filter { $0.position == pair }
            if pairs.isEmpty { throw failure("\(document) has no pair \(pair) (it has \(doc.pairs.count))") }
        }
        let caseInfo = try reportingErrors { try CaseStore(databasePath: path).caseOf(document: doc.id) }
        if json { printJSON(doc, pairs: pairs, caseInfo: caseInfo) } else { printText(doc, pairs: pairs, caseInfo: caseInfo) }
    }

    private func printText(_ doc: StoredDocument, pairs: [StoredDocument.Pair], caseInfo: CaseInfo?) {
        Output.line(doc.title ?? "(no subject)")
        let sets = doc.parts > 1 ? ", set \(doc.part) of \(doc.parts)" : ""
        Output.line("file: \(displayPath(doc.file))  (document \(doc.id), \(doc.kind.rawValue)\(sets))")
        if !doc.askers.isEmpty { Output.line("asked by: " + doc.askers.map(SearchPrinter.describe).joined(separator: ", ")) }
        if !doc.addressees.isEmpty { Output.line("addressed to: " + doc.addressees.joined(separator: "; ")) }
        if !doc.answerers.isEmpty { Output.line("answered by: " + doc.answerers.map(SearchPrinter.describe).joined(separator: ", ")) }
        if let s = doc.submitted { Output.line("submitted: \(s)") }
        if let r = doc.received { Output.line("received: \(r)") }
        if !doc.identifiers.isEmpty { Output.line("identifiers: " + doc.identifiers.joined(separator: ", ")) }
        if let c = caseInfo {
            var status = c.status.rawValue
            if let days = c.daysToAnswer { status += " after \(days) days" }
            if let days = c.daysWaiting(on: Today.iso) { status += ", waiting \(days) days" + (c.isOverdue(on: Today.iso) ? ", past the term" : "") }
            Output.line("case: \(c.key) (\(status))")
            Output.write(CasePrinter.documents(c, indent: "  "))
        }
        if pair == nil, let notice = doc.notice, !notice.isEmpty { Output.line("\nnotice:\n\(notice)") }
        for p in pairs {
            let numbers = p.numbers.map(String.init).joined(separator: ", ")
            let label = p.isUnsplit ? " text not split" : numbers.isEmpty ? "" : " question \(numbers)"
            Output.line("\n#\(p.position)" + label)
            if !p.question.isEmpty { Output.line(p.question) }
            if !p.answer.isEmpty { Output.line("\nanswer" + (numbers.isEmpty ? "" : " \(numbers)") + ":\n" + p.answer) }
        }
        let notes = pair == nil ? doc.footnotes
            : doc.footnotes.filter { note in pairs.contains { $0.footnoteNumbers.contains(note.number) } }
        if !notes.isEmpty {
            Output.line("\nfootnotes:")
            for note in notes { Output.line("\(note.number) \(note.text)") }
        }
    }

    private func printJSON(_ doc: StoredDocument, pairs: [StoredDocument.Pair], caseInfo: CaseInfo?) {
        Output.json(SearchJSON.document(doc, pairs: pairs, caseInfo: caseInfo))
    }
}

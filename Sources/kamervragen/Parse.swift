import ArgumentParser
import Foundation
import Kamervragen

/// `kamervragen parse FILE [--json]`: shows how the parser reads one document.
struct Parse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one document (text, PDF, HTML, Word or OpenDocument) and show its metadata, questions, answers and footnotes.",
        discussion: """
            Text may be UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252; PDFs need \
            pdftotext (poppler-utils), scanned PDFs --ocr (tesseract-ocr-nld). Files over 50 MiB are refused; KAMERVRAGEN_MAX_FILE_SIZE (bytes) \
            sets another limit. Exit status: 0 parsed; 2 the file could not be read (one line on stderr: \
            kamervragen: FILE: reason).
            """)

    @Argument(help: "The file to parse.")
    var file: String

    @Flag(help: "Print one JSON object instead of the readable view.")
    var json = false

    @Flag(help: "Read a scanned PDF (no text layer) by OCR (tesseract-ocr-nld); no cache. Also KAMERVRAGEN_OCR=1.")
    var ocr = false

    /// Benchmark: FILE is a folder; parse every file under it and print parse-only throughput.
    @Flag(help: .hidden)
    var bench = false

    func run() async throws {
        if bench { return try ParseBenchmark.run(folder: file) }
        let doc: Document
        do {
            var options = ParseOptions()
            if ocr || OCROptions.requested() { options.ocr = OCROptions() }
            doc = try DocumentParser(options: options).parse(fileAt: file)
        } catch let e as ParseError {
            FileHandle.standardError.write(Data("kamervragen: \(e.description)\n".utf8))
            throw ExitCode(2)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let data = try encoder.encode(doc)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print(DocumentPrinter.render(doc), terminator: "")
        }
    }
}

/// The readable view of a parsed document.
enum DocumentPrinter {
    static func render(_ d: Document) -> String {
        guard !d.sets.isEmpty else { return renderSet(d) }
        var s = ""
        for (k, set) in d.allSets.enumerated() {
            s += (k == 0 ? "" : "\n") + "=== Question set \(k + 1) of \(d.sets.count + 1) ===\n" + renderSet(set)
        }
        return s
    }

    private static func renderSet(_ d: Document) -> String {
        var s = ""
        func line(_ label: String, _ value: String?) { if let v = value, !v.isEmpty { s += "\(label): \(v)\n" } }
        line("Kind", d.kind.rawValue)
        line("Title", d.title)
        line("Askers", d.askers.map { a in a.party.map { "\(a.name) (\($0))" } ?? a.name }.joined(separator: "; "))
        line("Addressees", d.addressees.joined(separator: "; "))
        line("Answerers", d.answerers.map { o in
            [o.role, o.name].compactMap { $0 }.joined(separator: " ") + (o.department.map { " (\($0))" } ?? "")
        }.joined(separator: "; "))
        line("Submitted", d.submitted)
        line("Received", d.received)
        line("Identifiers", d.identifiers.joined(separator: ", "))
        func nums(_ n: [Int]) -> String { n.isEmpty ? "(unnumbered)" : n.map(String.init).joined(separator: ", ") }
        func refs(_ n: [Int]) -> String { n.isEmpty ? "" : "  [footnotes \(n.map(String.init).joined(separator: ", "))]" }
        if d.answers.isEmpty {
            for q in d.questions { s += "\nQuestion \(nums(q.numbers))\(refs(q.footnoteNumbers))\n\(q.text)\n" }
        } else {
            // Each answer after the question(s) it covers.
            for p in d.pairs where !p.isUnsplit {
                s += "\nQuestion \(nums(p.numbers))\(refs(p.footnoteNumbers))\n\(p.question.isEmpty ? "(not found)" : p.question)\n"
                s += "Answer \(nums(p.numbers))\n\(p.answer.isEmpty ? "(none)" : p.answer)\n"
            }
        }
        if let n = d.notice { s += "\nNotice\n\(n)\n" }
        if d.kind == .other { s += "\nText\n\(d.text)\n" }
        if !d.unsplit.isEmpty { s += "\nText not split\n" + d.unsplit.joined(separator: "\n") + "\n" }
        if !d.footnotes.isEmpty {
            s += "\nFootnotes\n"
            for f in d.footnotes { s += "  \(f.number) \(f.text)\n" }
        }
        if !d.diagnostics.isEmpty {
            s += "\nDiagnostics\n"
            for g in d.diagnostics { s += "  \(g.severity.rawValue): \(g.message)\n" }
        }
        return s
    }
}

import DutchText
import Foundation

/// Turns one file (plain text in any common encoding, PDF, HTML, Word `.docx`, OpenDocument `.odt`)
/// into a ``Document``.
///
/// Reading: size, type and encoding checks (``ParseError`` names the file and the reason). PDFs go
/// through `pdftotext -enc UTF-8` in its default reading-order mode first: it keeps the columns of the
/// official layout apart and joins most line-break hyphens itself, while `-layout` puts the margin
/// column beside the text. Only when that result looks doubtful (no questions, kind `other`, or
/// warnings) is `-raw` (content-stream order) tried as well, and the result with more numbered blocks
/// and fewer warnings wins. HTML goes through a small tag-aware converter. Parsing: repair
/// (``LinePreparation``), split (``Segmenter``), header metadata (``HeaderParser``), then diagnostics
/// for anything unsure.
public struct DocumentParser: Sendable {
    public var options: ParseOptions
    public init(options: ParseOptions = ParseOptions()) { self.options = options }

    /// Reads, decodes and parses the file at `path`. Throws ``ParseError`` with a one-line reason.
    public func parse(fileAt path: String) throws -> Document {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ParseError(file: path, reason: "no such file")
        }
        if isDir.boolValue { throw ParseError(file: path, reason: "is a directory") }
        let attrs = try? fm.attributesOfItem(atPath: path)
        let size = (attrs?[.size] as? NSNumber)?.intValue ?? 0
        if size > options.maxFileSize {
            throw ParseError(file: path, reason: "file too large (\(size) bytes; limit \(options.maxFileSize), set KAMERVRAGEN_MAX_FILE_SIZE)")
        }
        guard fm.isReadableFile(atPath: path), let data = fm.contents(atPath: path) else {
            throw ParseError(file: path, reason: "cannot read file (permission denied or I/O error)")
        }
        return try parse(contents: data, path: path)
    }

    /// Parses the bytes `data` of the file at `path`, already read (the indexer reads each file once, to
    /// hash and to parse). PDFs and office files are still opened by path (by `pdftotext` and the zip
    /// reader). Throws ``ParseError`` with a one-line reason.
    public func parse(contents data: Data, path: String) throws -> Document {
        if data.count > options.maxFileSize {
            throw ParseError(file: path, reason: "file too large (\(data.count) bytes; limit \(options.maxFileSize))")
        }
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ParseError(file: path, reason: "empty file")
        }
        if bytes.starts(with: Array("%PDF-".utf8)) {
            return try parsePDF(path, data: data)
        }
        let lowerPath = path.lowercased()
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || lowerPath.hasSuffix(".docx") || lowerPath.hasSuffix(".odt") {
            return try parseOffice(path, bytes: bytes, openDocument: lowerPath.hasSuffix(".odt"))
        }
        if TextDecoding.looksBinary(bytes) {
            throw ParseError(file: path, reason: "binary file (not text, PDF or HTML)")
        }
        let (text, _) = TextDecoding.decode(bytes)
        if text.allSatisfy({ $0.isWhitespace }) { throw ParseError(file: path, reason: "empty file") }
        return parse(text: text)
    }

    /// A Word (`.docx`) or OpenDocument (`.odt`) file: a zip archive, told apart by what it holds.
    private func parseOffice(_ path: String, bytes: [UInt8], openDocument: Bool) throws -> Document {
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]),
              let package = ZipPackage(path: path, maxSize: options.maxFileSize) else {
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw ParseError(file: path, reason: "password-protected Word file, or an old .doc (save it as .docx without a password)")
            }
            let (kind, ext) = openDocument ? ("OpenDocument text", ".odt") : ("Word file", ".docx")
            throw ParseError(file: path, reason: "not a \(kind) (\(ext) is a zip archive; this is not one)")
        }
        let content: OfficeText
        if package.contains("word/document.xml") {
            content = try WordDocument.read(package)
        } else if package.contains("content.xml") {
            content = try OpenDocumentText.read(package)
        } else if openDocument {
            throw ParseError(file: path, reason: "not an OpenDocument text: the archive has no content.xml")
        } else {
            throw ParseError(file: path, reason: "not a Word file: the archive has no word/document.xml")
        }
        return parseExtracted(content.text, footnotes: content.footnotes, references: content.references)
    }

    private func parsePDF(_ path: String, data: Data) throws -> Document {
        let extractor = PDFTextExtractor(timeout: options.pdfTimeout)
        var best: (doc: Document, score: Int)? = nil
        for mode in PDFTextExtractor.Mode.allCases {
            let text = try extractor.extract(path: path, mode: mode)
            if mode == .reading, let pages = TextLayer.scannedPages(text) {
                return try parseScanned(path, data: data, pages: pages)
            }
            guard !text.allSatisfy({ $0.isWhitespace }) else { continue }
            let doc = parse(text: text)
            let warnings = doc.diagnostics.filter { $0.severity == .warning }.count
            let score = 3 * (doc.questions.count + doc.answers.count) - warnings + (doc.kind == .other ? -5 : 0)
            if best == nil || score > best!.score { best = (doc, score) }
            if warnings == 0, doc.kind != .other, !doc.questions.isEmpty { break }
        }
        guard let b = best else { throw ParseError(file: path, reason: "PDF has no text") }
        return b.doc
    }

    /// A PDF without a usable text layer: read by OCR when ``ParseOptions/ocr`` allows, else refused.
    private func parseScanned(_ path: String, data: Data, pages: Int) throws -> Document {
        guard let ocr = options.ocr else { throw ParseError(file: path, reason: "no text layer (use --ocr)") }
        let text = try ScannedPDFReader(options: ocr).read(path: path, data: data, pages: pages)
        guard text.contains(where: \.isLetter) else {
            throw ParseError(file: path, reason: "OCR found no text on \(pages) page\(pages == 1 ? "" : "s")")
        }
        var doc = parse(text: text)
        doc.diagnostics.append(Diagnostic(.info, "text read by OCR (\(pages) page\(pages == 1 ? "" : "s"))"))
        return doc
    }

    /// Parses already decoded text (plain text or HTML).
    public func parse(text: String) -> Document {
        let cleaned = CharacterCleanup.clean(text)
        if HTMLConverter.looksLikeHTML(cleaned) {
            let html = HTMLConverter.convert(cleaned)
            var doc = parsePlain(CharacterCleanup.clean(html.text), extraFootnotes: html.footnotes,
                                 references: html.referenceNumbers)
            if html.hasKamervragenMarkup && doc.kind == .other {
                doc.kind = html.hasAnswerMarkup ? .answers : .questions
                doc.diagnostics.removeAll { $0.message.hasPrefix("not recognised") }
                doc.diagnostics.append(Diagnostic(.warning, "unsure kind: Kamervragen HTML markup but no questions or answers found"))
            }
            return doc
        }
        return parsePlain(cleaned, extraFootnotes: [], references: [])
    }

    /// Parses text extracted from a structured file whose footnotes came apart (Word).
    func parseExtracted(_ text: String, footnotes: [Footnote], references: Set<Int>) -> Document {
        parsePlain(CharacterCleanup.clean(text), extraFootnotes: footnotes, references: references)
    }

    private func parsePlain(_ cleaned: String, extraFootnotes: [Footnote], references: Set<Int>) -> Document {
        let prepared = LinePreparation.prepare(cleaned, extraNumbers: Set(extraFootnotes.map(\.number)).union(references))
        let footnotes = (prepared.footnotes + extraFootnotes).sorted { $0.number < $1.number }
        var sets: [Document] = []
        var first = 0
        // One document per question set: a text that holds several is cut where the next set begins.
        repeat {
            let (doc, next) = parseSet(prepared, lines: first..<prepared.lines.count)
            sets.append(doc)
            guard let next, next > first else { break }
            first = next
        } while first < prepared.lines.count
        var doc = sets.removeFirst()
        doc.identifiers = Identifiers.find(in: cleaned)
        // Footnotes: each further set keeps those its blocks refer to; the rest stay with the first.
        var claimed = Set<Int>()
        for k in sets.indices {
            let refs = Set((sets[k].questions.flatMap(\.footnoteNumbers)) + sets[k].answers.flatMap(\.footnoteNumbers))
            sets[k].footnotes = footnotes.filter { refs.contains($0.number) }
            claimed.formUnion(refs)
        }
        doc.footnotes = footnotes.filter { !claimed.contains($0.number) }
        doc.sets = sets
        return doc
    }

    /// Parses the question set that starts at the first of `range`'s lines. Returns it, and the line
    /// where a further set begins (nil when the set runs to the end).
    private func parseSet(_ prepared: LinePreparation.Output, lines range: Range<Int>) -> (Document, Int?) {
        var doc = Document()
        let lines = prepared.lines[range]
        var body = lines.joined(separator: "\n")
        var seg = Segmenter(text: body)
        var r = seg.segment()
        var nextLine: Int? = nil
        if let cut = r.nextSetStart {
            // Cut at the line where the next set starts; parse this set on its own text.
            var offset = 0
            for (k, l) in zip(range, lines) {
                if offset >= cut { nextLine = k; break }
                offset += l.utf8.count + 1
            }
            if let n = nextLine {
                body = prepared.lines[range.lowerBound..<n].joined(separator: "\n")
                seg = Segmenter(text: body)
                r = seg.segment()
            }
        }
        if range.lowerBound > 0 { doc.identifiers = Identifiers.find(in: body) }
        let header = seg.text(0..<r.headerEnd)
        let clauses = r.clauses.map { seg.text($0) }
        let meta = HeaderParser.parse(header: header, clauses: clauses)
        doc.title = meta.title
        doc.askers = meta.askers
        doc.addressees = meta.addressees
        doc.answerers = meta.answerers
        doc.submitted = meta.submitted
        doc.received = meta.received
        // Footnote references per block, from the lines the block spans.
        let setLines = Array(prepared.lines[range.lowerBound..<(nextLine ?? range.upperBound)])
        let setRefs = Array(prepared.references[range.lowerBound..<(nextLine ?? range.upperBound)])
        var lineStarts: [Int] = [], offset = 0
        for l in setLines { lineStarts.append(offset); offset += l.utf8.count + 1 }
        func notes(_ b: Segmenter.Block) -> [Int] {
            // First line that can overlap the block (binary search), then the lines inside it.
            var lo = 0, hi = lineStarts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if lineStarts[mid] + setLines[mid].utf8.count < b.start { lo = mid + 1 } else { hi = mid }
            }
            var set = Set<Int>()
            var k = lo
            while k < lineStarts.count, lineStarts[k] < b.end {
                for ref in setRefs[k] where (b.start...b.end).contains(lineStarts[k] + ref.offset) { set.insert(ref.number) }
                k += 1
            }
            return set.sorted()
        }
        doc.questions = r.questions.map {
            Question(numbers: $0.numbers, text: Self.blockText(seg.text($0.start..<$0.end)), footnoteNumbers: notes($0))
        }
        doc.answers = r.answers.map {
            Answer(numbers: $0.numbers, text: Self.blockText(seg.text($0.start..<$0.end)), footnoteNumbers: notes($0))
        }
        doc.diagnostics = r.diagnostics
        if let n = r.notice { doc.notice = noticeText(seg.text(n), &doc) }
        doc.text = Self.blockText(body)
        fillMissingQuestion(&doc, keywordHeadings: r.keywordQuestions)
        classify(&doc, r, meta, header: header)
        addDiagnostics(&doc)
        if doc.kind != .other {
            var placed = (r.questions + r.answers).map { ($0.headingStart ?? $0.start)..<$0.end }
            if let n = r.notice { placed.append(n) }
            doc.unsplit = UnsplitText.pieces(of: seg.bytes, placed: placed).map { Self.blockText($0) }
                .filter { !UnsplitText.isOnlyHeadings($0) && !(doc.notice ?? "").contains($0) }
        }
        return (doc, nextLine)
    }

    /// Joins wrapped lines with single spaces; a blank line after a finished sentence stays a paragraph
    /// break ("\n").
    static func blockText(_ raw: String) -> String {
        guard FastText.asciiStandsAlone(raw.utf8) else { return slowBlockText(raw) }
        var raw = raw
        return raw.withUTF8 { buf in
            // The output is never longer than the input: written in place, runs of other bytes copied whole.
            String(unsafeUninitializedCapacity: buf.count) { out in
                var n = 0
                var pendingBreak = false
                var start = 0
                while start <= buf.count {
                    var end = start
                    while end < buf.count, buf[end] != 0x0A { end += 1 }
                    var k = start
                    while k < end, buf[k] == 0x20 { k += 1 }
                    if k == end {
                        pendingBreak = true
                    } else {
                        if n > 0 {
                            out[n] = pendingBreak && endsSentence(UnsafeBufferPointer(rebasing: out[0..<n])) ? 0x0A : 0x20
                            n += 1
                        }
                        var space = false
                        while k < end {
                            if buf[k] == 0x20 { space = true; k += 1; continue }
                            if space { out[n] = 0x20; n += 1; space = false }
                            var r = k
                            while r < end, buf[r] != 0x20 { r += 1 }
                            UnsafeMutableRawPointer(out.baseAddress! + n).copyMemory(from: buf.baseAddress! + k, byteCount: r - k)
                            n += r - k
                            k = r
                        }
                        pendingBreak = false
                    }
                    start = end + 1
                }
                return n
            }
        }
    }

    /// Whether `bytes` ends in one of `.?!:;»”")`.
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last else { return false }
        switch last {
        case 0x2E, 0x3F, 0x21, 0x3A, 0x3B, 0x22, 0x29: return true
        case 0xBB: return bytes.count >= 2 && bytes[bytes.count - 2] == 0xC2
        case 0x9D: return bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80
        default: return false
        }
    }

    static func slowBlockText(_ raw: String) -> String {
        var out = ""
        var pendingBreak = false
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.split(separator: " ").joined(separator: " ")
            if t.isEmpty { pendingBreak = true; continue }
            if !out.isEmpty {
                let ends = out.last.map { ".?!:;»”\")".contains($0) } ?? false
                out += (pendingBreak && ends) ? "\n" : " "
            }
            out += t
            pendingBreak = false
        }
        return out
    }

    /// The notice text. A last line that is a question (ends in `?`) after a finished notice sentence is
    /// a fragment displaced by column order (OCR): it goes back to the last question.
    private func noticeText(_ raw: String, _ doc: inout Document) -> String {
        var lines = raw.split(separator: "\n").map(String.init)
        if let end = lines.lastIndex(where: { $0.hasSuffix(".") }), end + 1 < lines.count, lines.count - end <= 4,
           !doc.questions.isEmpty {
            let tail = lines[(end + 1)...].joined(separator: " ")
            guard tail.hasSuffix("?"), tail.first?.isUppercase == true else { return Self.blockText(lines.joined(separator: "\n")) }
            lines.removeSubrange((end + 1)...)
            let q = doc.questions[doc.questions.count - 1].text
            doc.questions[doc.questions.count - 1].text = q.isEmpty ? Self.blockText(tail) : q + " " + Self.blockText(tail)
            doc.diagnostics.append(Diagnostic(.info, "a question fragment after the notice was moved to the last question"))
        }
        return Self.blockText(lines.joined(separator: "\n"))
    }

    /// A question number lost in the source (OCR, bare numbers only; `Vraag N` headings are trusted):
    /// when question N+1 is missing between N and N+2 and question N runs on after a question mark, that
    /// last part is question N+1 (whether or not an answer names N+1).
    private func fillMissingQuestion(_ doc: inout Document, keywordHeadings: Bool) {
        guard !keywordHeadings else { return }
        var i = 0
        while i + 1 < doc.questions.count {
            let a = doc.questions[i], b = doc.questions[i + 1]
            if let an = a.numbers.max(), let bn = b.numbers.min(), bn == an + 2,
               let split = Self.lastQuestionBreak(a.text), a.text[split.rest...].count > 20 {
                let rest = String(a.text[split.rest...])
                doc.questions[i].text = String(a.text[..<split.end])
                doc.questions.insert(Question(numbers: [an + 1], text: rest), at: i + 1)
                doc.diagnostics.removeAll { $0.message.hasPrefix("question \(an + 1) not found") }
                doc.diagnostics.append(Diagnostic(.info, "question \(an + 1) has no number in the source; taken from the end of question \(an)"))
            }
            i += 1
        }
    }

    /// Where the last question sentence of `text` ends and more text begins: after `? `, or after `?1 `
    /// when a footnote marker whose body was not found is glued to the question mark (kept).
    static func lastQuestionBreak(_ text: String) -> (end: String.Index, rest: String.Index)? {
        var i = text.endIndex
        while i > text.startIndex {
            i = text.index(before: i)
            guard text[i] == "?" else { continue }
            var j = text.index(after: i), digits = 0
            while j < text.endIndex, digits < 2, let d = text[j].asciiValue, d >= 0x30, d <= 0x39 {
                j = text.index(after: j); digits += 1
            }
            if j < text.endIndex, text[j] == " " { return (j, text.index(after: j)) }
        }
        return nil
    }

    private func classify(_ doc: inout Document, _ r: Segmenter.Result, _ meta: HeaderParser.Result, header: String) {
        let text = doc.text
        let signals = meta.hasAskerClause || r.hasAnswerClause || !doc.questions.isEmpty
            || text.contains("Aanhangsel van de Handelingen") || text.contains("Vragen gesteld door")
            || doc.identifiers.contains { $0.hasPrefix("kv-") || $0.hasPrefix("ah-") }
        if !doc.answers.isEmpty {
            doc.kind = .answers
            if r.hasNoticeMarker, doc.notice != nil {
                doc.diagnostics.append(Diagnostic(.warning, "unsure kind: both a Mededeling and answers; kept as answers"))
            }
        } else if r.hasNoticeMarker {
            doc.kind = .notice
        } else if !doc.questions.isEmpty {
            if r.hasAnswerClause {
                doc.kind = .answers
                doc.diagnostics.append(Diagnostic(.warning, "unsure kind: an answer clause but no answers found"))
            } else {
                doc.kind = .questions
            }
        } else if signals {
            doc.kind = r.hasAnswerClause ? .answers : .questions
            doc.diagnostics.append(Diagnostic(.warning, "unsure kind: a Kamervragen header but no questions found"))
        } else {
            doc.kind = .other
            // Not Kamervragen: no metadata is read from a text that has none.
            doc.title = nil; doc.askers = []; doc.addressees = []; doc.answerers = []
            doc.submitted = nil; doc.received = nil
            doc.diagnostics.append(Diagnostic(.warning, "not recognised as Kamervragen: kept as one text"))
        }
        if doc.kind == .notice && doc.notice == nil {
            // The notice text may follow its `Mededeling van … (ontvangen …).` clause directly.
            if let m = header.range(of: "Mededeling van ") ?? header.range(of: "MEDEDELING van "),
               let close = header.range(of: ")", range: (header.range(of: "ntvangen", range: m.upperBound..<header.endIndex)?.upperBound ?? m.upperBound)..<header.endIndex) {
                var rest = header[close.upperBound...].drop(while: { $0 == "." || $0 == " " || $0 == "\n" })
                if rest.hasPrefix("Zie ook"), let dot = rest.range(of: ".\n") { rest = rest[dot.upperBound...] }
                let t = Self.blockText(String(rest))
                if t.split(separator: " ").count >= 5 { doc.notice = t }
            }
            if doc.notice == nil { doc.diagnostics.append(Diagnostic(.info, "Mededeling without a separate notice text")) }
        }
    }

    private func addDiagnostics(_ doc: inout Document) {
        let qnums = Set(doc.questions.flatMap(\.numbers))
        if let mx = qnums.max() {
            for n in 1...mx where !qnums.contains(n) {
                if !doc.diagnostics.contains(where: { $0.message.hasPrefix("question \(n) ") }) {
                    doc.diagnostics.append(Diagnostic(.warning, "question \(n) missing: gap in the numbering"))
                }
            }
        }
        if doc.questions.contains(where: { $0.numbers.isEmpty }) {
            doc.diagnostics.append(Diagnostic(.info, "unnumbered question(s)"))
        }
        guard doc.kind == .answers else { return }
        let anums = Set(doc.answers.flatMap(\.numbers))
        for n in anums.sorted() where !qnums.contains(n) {
            doc.diagnostics.append(Diagnostic(.warning, "answer \(n) has no question"))
        }
        for n in qnums.sorted() where !anums.contains(n) {
            doc.diagnostics.append(Diagnostic(.warning, "question \(n) has no answer"))
        }
    }
}

/// Limits and switches for the parser.
public struct ParseOptions: Sendable {
    /// Files larger than this are refused (bytes). Default 50 MiB; the environment variable
    /// `KAMERVRAGEN_MAX_FILE_SIZE` (bytes) overrides the default.
    public var maxFileSize: Int = 50 << 20
    /// Time limit for `pdftotext`, in seconds; the process is killed when it runs over.
    public var pdfTimeout: Double = 60
    /// OCR for scanned PDFs; nil: a PDF without a text layer fails with "no text layer (use --ocr)".
    public var ocr: OCROptions?
    public init() {
        if let v = ProcessInfo.processInfo.environment["KAMERVRAGEN_MAX_FILE_SIZE"], let n = Int(v), n > 0 {
            maxFileSize = n
        }
    }
}

/// Why a file could not be parsed: names the file and the reason in one line.
public struct ParseError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var reason: String
    public init(file: String, reason: String) { self.file = file; self.reason = reason }
    public var description: String { "\(file): \(reason)" }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a Word file (`.docx`, Office Open XML) into text for the parser: the paragraphs of
/// `word/document.xml` with their line breaks, the numbers of Word's automatic list numbering put back
/// (`1. Kunt u …`: Word keeps them in `w:numPr`, not in the text), and the footnotes of
/// `word/footnotes.xml` apart, their references left as markers after the word they follow (as PDF text
/// has them), so that the same parser places them.
enum WordDocument {
    /// Reads the Word file in `package` (a zip archive that holds `word/document.xml`).
    static func read(_ package: ZipPackage) throws -> OfficeText {
        var package = package
        let path = package.path
        guard let main = try package.data("word/document.xml") else {
            throw ParseError(file: path, reason: "not a Word file: the archive has no word/document.xml")
        }
        let numbering = try package.data("word/numbering.xml").map { NumberingDefinitions($0) } ?? NumberingDefinitions()
        var footnotes: [Footnote] = []
        if let notes = try package.data("word/footnotes.xml") {
            footnotes = try parse(notes, numbering: NumberingDefinitions(), path: path).notes
        }
        let body = try parse(main, numbering: numbering, path: path)
        return OfficeText(text: body.text, footnotes: footnotes, references: body.references)
    }

    /// Parses `document.xml` or `footnotes.xml`.
    private static func parse(_ xml: Data, numbering: NumberingDefinitions, path: String) throws
        -> (text: String, notes: [Footnote], references: Set<Int>) {
        let reader = BodyReader(numbering: numbering)
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw ParseError(file: path, reason: "damaged Word file (its XML does not parse)")
        }
        return (reader.text, reader.notes.sorted { $0.number < $1.number }, reader.references)
    }
}

/// Which lists of a Word file are numbered with digits (`w:numFmt w:val="decimal"`), per list and level.
struct NumberingDefinitions {
    /// numId → abstractNumId; abstractNumId → the decimal levels.
    private var abstractOf: [String: String] = [:]
    private var decimalLevels: [String: Set<String>] = [:]

    init() {}

    init(_ xml: Data) {
        let reader = NumberingReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        _ = parser.parse()
        abstractOf = reader.abstractOf
        decimalLevels = reader.decimalLevels
    }

    /// Whether level `level` of list `numId` counts 1, 2, 3 (unknown lists count too).
    func isDecimal(numId: String, level: String) -> Bool {
        guard let abstract = abstractOf[numId], let levels = decimalLevels[abstract] else { return abstractOf.isEmpty }
        return levels.contains(level)
    }

    private final class NumberingReader: NSObject, XMLParserDelegate {
        var abstractOf: [String: String] = [:]
        var decimalLevels: [String: Set<String>] = [:]
        private var abstract: String?, level: String?, num: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "w:abstractNum": abstract = attributes["w:abstractNumId"]
            case "w:lvl": level = attributes["w:ilvl"]
            case "w:numFmt":
                if let abstract, let level, attributes["w:val"] == "decimal" { decimalLevels[abstract, default: []].insert(level) }
            case "w:num": num = attributes["w:numId"]
            case "w:abstractNumId": if let num, let v = attributes["w:val"] { abstractOf[num] = v }
            default: break
            }
        }
    }
}

/// Collects the text of `w:body` (or of each `w:footnote`): runs' text, tabs and breaks, a paragraph a
/// line (a blank line after each), numbers of numbered paragraphs, footnote reference markers.
private final class BodyReader: NSObject, XMLParserDelegate {
    let numbering: NumberingDefinitions
    var text = ""
    var notes: [Footnote] = []
    var references = Set<Int>()
    private var paragraph = ""
    private var inText = false
    private var numId: String?, level = "0"
    private var counters: [String: [Int]] = [:]  // numId → count per level
    private var footnoteId: Int?
    private var footnoteText = ""

    init(numbering: NumberingDefinitions) { self.numbering = numbering }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:p": paragraph = ""; numId = nil; level = "0"
        case "w:t": inText = true
        case "w:tab": paragraph += " "
        case "w:br", "w:cr": paragraph += "\n"
        case "w:numId": numId = attributes["w:val"]
        case "w:ilvl": level = attributes["w:val"] ?? "0"
        case "w:footnoteReference":
            if let id = attributes["w:id"].flatMap(Int.init), id > 0 { paragraph += "\(id)"; references.insert(id) }
        case "w:footnote":
            footnoteId = attributes["w:id"].flatMap(Int.init)
            footnoteText = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            var line = paragraph
            if let numId, numId != "0", numbering.isDecimal(numId: numId, level: level) {
                let depth = Int(level) ?? 0
                var levels = counters[numId] ?? []
                while levels.count <= depth { levels.append(0) }
                levels[depth] += 1
                levels.removeSubrange((depth + 1)...)
                counters[numId] = levels
                if depth == 0 { line = "\(levels[0]). " + line }
            }
            if footnoteId != nil {
                footnoteText += (footnoteText.isEmpty ? "" : " ") + line.trimmingCharacters(in: .whitespaces)
            } else {
                text += line + "\n\n"
            }
        case "w:footnote":
            if let id = footnoteId, id > 0 {
                let body = footnoteText.trimmingCharacters(in: .whitespacesAndNewlines)
                if !body.isEmpty { notes.append(Footnote(number: id, text: body)) }
            }
            footnoteId = nil
        default: break
        }
    }
}

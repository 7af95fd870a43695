import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an OpenDocument text (`.odt`, LibreOffice) into text for the parser: the paragraphs and
/// headings of `content.xml` with their line breaks, tabs and spaces, the numbers of numbered lists
/// put back (the number is in the list style, not in the text), and the footnotes (`text:note`) apart.
enum OpenDocumentText {
    static func read(_ package: ZipPackage) throws -> OfficeText {
        var package = package
        guard let content = try package.data("content.xml") else {
            throw ParseError(file: package.path, reason: "not an OpenDocument text: the archive has no content.xml")
        }
        let reader = ContentReader()
        let parser = XMLParser(data: content)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw ParseError(file: package.path, reason: "damaged OpenDocument text (its XML does not parse)")
        }
        return OfficeText(text: reader.text, footnotes: reader.notes.sorted { $0.number < $1.number },
                          references: reader.references)
    }
}

/// Collects `office:text`: a paragraph or heading a line, list items numbered where their list style
/// numbers the first level, footnote citations as markers and footnote bodies apart.
private final class ContentReader: NSObject, XMLParserDelegate {
    var text = ""
    var notes: [Footnote] = []
    var references = Set<Int>()

    /// List styles whose first level is numbered (`text:list-level-style-number`, level 1, a numeric format).
    private var numberedStyles = Set<String>()
    private var styleBeingRead: String?
    /// Open lists: their style (inherited by nested lists without one).
    private var lists: [String?] = []
    /// The count of each numbered style's first-level items, and where a list item's paragraph starts.
    private var counters: [String: Int] = [:]
    private var pendingNumber: Int?
    private var paragraphDepth = 0
    private var paragraph = ""
    private var inBody = false
    private var inCitation = false
    private var citation = ""
    private var noteDepth = 0
    private var noteText = ""
    private var noteParagraph = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "office:text": inBody = true
        case "text:list-style": styleBeingRead = attributes["style:name"]
        case "text:list-level-style-number":
            if let style = styleBeingRead, attributes["text:level"] == "1",
               let format = attributes["style:num-format"], format == "1" {
                numberedStyles.insert(style)
            }
        case "text:list" where inBody:
            let style = attributes["text:style-name"] ?? lists.last ?? nil
            if lists.isEmpty, let style, attributes["text:continue-numbering"] != "true",
               attributes["text:continue-list"] == nil {
                counters[style] = 0
            }
            lists.append(style)
        case "text:list-item" where inBody:
            if lists.count == 1, let style = lists[0], numberedStyles.contains(style) {
                let next = attributes["text:start-value"].flatMap(Int.init) ?? (counters[style, default: 0] + 1)
                counters[style] = next
                pendingNumber = next
            }
        case "text:p", "text:h":
            paragraphDepth += 1
            if noteDepth > 0 { noteParagraph = "" } else if paragraphDepth == 1 { paragraph = "" }
        case "text:line-break": append("\n")
        case "text:tab": append(" ")
        case "text:s": append(String(repeating: " ", count: attributes["text:c"].flatMap(Int.init) ?? 1))
        case "text:note":
            noteDepth += 1
            citation = ""; noteText = ""
        case "text:note-citation": inCitation = true
        default: break
        }
    }

    private func append(_ s: String) {
        if inCitation { return }
        if noteDepth > 0 { noteParagraph += s } else { paragraph += s }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inBody else { return }
        if inCitation { citation += string; return }
        append(string)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "office:text": inBody = false
        case "text:list-style": styleBeingRead = nil
        case "text:list" where inBody: _ = lists.popLast()
        case "text:note-citation": inCitation = false
        case "text:p", "text:h":
            paragraphDepth -= 1
            if noteDepth > 0 {
                let line = noteParagraph.trimmingCharacters(in: .whitespaces)
                noteText += (noteText.isEmpty || line.isEmpty ? "" : " ") + line
            } else if paragraphDepth == 0, inBody {
                var line = paragraph
                if let number = pendingNumber { line = "\(number). " + line; pendingNumber = nil }
                text += line + "\n\n"
            }
        case "text:note":
            noteDepth -= 1
            let number = Int(citation.trimmingCharacters(in: .whitespaces))
            let body = noteText.trimmingCharacters(in: .whitespacesAndNewlines)
            if let number, number > 0 {
                paragraph += "\(number)"
                references.insert(number)
                if !body.isEmpty { notes.append(Footnote(number: number, text: body)) }
            }
        default: break
        }
    }
}

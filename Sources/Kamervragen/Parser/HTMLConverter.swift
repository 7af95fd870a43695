import Foundation

/// A small tag-aware HTML → text converter for officielebekendmakingen pages (no HTML library here).
///
/// Block elements become line breaks; `script`/`style` are dropped; entities decoded. Kamervragen
/// markup is understood: `h2.stuktitel` headings (`Vraag 1`) get their own line, footnote references
/// (`a.nootnum`, `sup`) become `[n]`, removed with the other markers once the note is known, and the footnotes of `div#noten` are
/// returned separately.
struct HTMLConverter {
    struct Result {
        var text: String
        var footnotes: [Footnote]
        /// Whether Kamervragen markup (`div.vraag`, `div.antwoord`, `nootnum`, `div#noten`) was seen.
        var hasKamervragenMarkup: Bool
        var hasAnswerMarkup: Bool
        /// Numbers of the footnote references seen (written `[n]` in `text`).
        var referenceNumbers: Set<Int>
    }

    private struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: String
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section",
        "article", "header", "footer", "blockquote", "hr", "dt", "dd", "dl", "title", "pre", "td", "th",
    ]
    private static let voidTags: Set<String> = ["br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base"]

    static func looksLikeHTML(_ text: String) -> Bool {
        // Every marker starts with `<`: without one (on bytes) it cannot be HTML.
        guard text.prefix(2048).utf8.contains(UInt8(ascii: "<")) else { return false }
        let head = text.prefix(2048).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<div")
            || head.contains("<p>") || head.contains("<p ") || head.contains("<body")
    }

    static func convert(_ html: String) -> Result {
        let chars = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var footnotes: [Footnote] = []
        var markup = false, answers = false
        // Element stack: (name, dropContent, isNotes, isNoteNumber)
        var stack: [(name: String, drop: Bool, notes: Bool, noteNum: Bool, ref: Bool)] = []
        var refText = ""
        var referenceNumbers = Set<Int>()
        var noteNumber = "", noteText = String.UnicodeScalarView()
        var currentNote: Int? = nil
        func inDrop() -> Bool { stack.contains { $0.drop } }
        func inNotes() -> Bool { stack.contains { $0.notes } }
        func inNoteNum() -> Bool { stack.contains { $0.noteNum } }
        func inRef() -> Bool { stack.contains { $0.ref } }
        func flushNote() {
            if let n = currentNote {
                let t = collapse(String(noteText))
                if !t.isEmpty { footnotes.append(Footnote(number: n, text: t)) }
            }
            currentNote = nil; noteText = String.UnicodeScalarView()
        }
        func emit(_ s: String) {
            if inDrop() { return }
            if inRef() { refText += s; return }
            if inNoteNum() { noteNumber += s; return }
            if inNotes() { noteText.append(contentsOf: s.unicodeScalars); return }
            out.append(contentsOf: s.unicodeScalars)
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "<" {
                // Comments and declarations.
                if i + 3 < chars.count, chars[i + 1] == "!", chars[i + 2] == "-", chars[i + 3] == "-" {
                    var j = i + 4
                    while j + 2 < chars.count, !(chars[j] == "-" && chars[j + 1] == "-" && chars[j + 2] == ">") { j += 1 }
                    i = min(chars.count, j + 3); continue
                }
                var j = i + 1
                var quote: Unicode.Scalar? = nil
                while j < chars.count {
                    let d = chars[j]
                    if let q = quote { if d == q { quote = nil } } else if d == "\"" || d == "'" { quote = d } else if d == ">" { break }
                    j += 1
                }
                guard j < chars.count, let tag = parseTag(String(String.UnicodeScalarView(chars[(i + 1)..<j]))) else {
                    emit("<"); i += 1; continue
                }
                i = j + 1
                let attrs = tag.attributes.lowercased()
                if tag.closing {
                    if let k = stack.lastIndex(where: { $0.name == tag.name }) {
                        let popped = stack[k]
                        stack.removeSubrange(k...)
                        if popped.noteNum {
                            currentNote = Int(noteNumber.filter(\.isNumber)); noteNumber = ""
                        }
                        if popped.notes { flushNote() }
                        if popped.ref {
                            let t = refText.trimmingCharacters(in: .whitespaces)
                            refText = ""
                            if let n = Int(t), t.allSatisfy(\.isNumber) { referenceNumbers.insert(n); emit("[\(n)]") } else { emit(t) }
                        }
                    }
                    if blockTags.contains(tag.name) { emit("\n") }
                    continue
                }
                if tag.name == "script" || tag.name == "style" {
                    // Skip to the closing tag.
                    let close = Array("</\(tag.name)".unicodeScalars)
                    var k = i
                    while k + close.count <= chars.count {
                        if String(String.UnicodeScalarView(chars[k..<(k + close.count)])).lowercased() == String(String.UnicodeScalarView(close)) { break }
                        k += 1
                    }
                    while k < chars.count, chars[k] != ">" { k += 1 }
                    i = k + 1; continue
                }
                if blockTags.contains(tag.name) { emit("\n") }
                if voidTags.contains(tag.name) || tag.selfClosing { continue }
                let classes = classList(attrs)
                // Site chrome (navigation, breadcrumbs, footers, forms) is not document text.
                let chrome = ["nav", "footer", "form", "noscript", "button", "select"].contains(tag.name)
                    || Self.chromeMarkers.contains { m in attrs.contains("id=\"\(m)") || classes.contains { $0.hasPrefix(m) } }
                let isNotes = tag.name == "div" && attrs.contains("id=\"noten\"")
                if isNotes || classes.contains("vraag") || classes.contains("antwoord") || classes.contains("nootnum") {
                    markup = true
                }
                if classes.contains("antwoord") { answers = true }
                let isNoteDiv = inNotes() && classes.contains("noot")
                if isNoteDiv { flushNote() }
                let noteNum = inNotes() && classes.contains("nootnum")
                // A footnote reference becomes `[n]`, which the repair step removes once the note is known.
                let isRef = !inNotes() && !inRef() && (classes.contains("nootnum") || tag.name == "sup")
                let dropClose = classes.contains("note-close")
                stack.append((tag.name, dropClose || chrome, isNotes, noteNum, isRef))
                if classes.contains("stuktitel") { emit("\n") }
                continue
            }
            if c == "&" {
                var j = i + 1
                while j < chars.count, j - i < 12, chars[j] != ";", chars[j] != "&", chars[j] != " " { j += 1 }
                if j < chars.count, chars[j] == ";", let s = entity(String(String.UnicodeScalarView(chars[(i + 1)..<j]))) {
                    emit(s); i = j + 1; continue
                }
            }
            emit(String(c))
            i += 1
        }
        flushNote()
        // Collapse whitespace inside lines; keep line structure.
        let lines = String(out).split(separator: "\n", omittingEmptySubsequences: false).map { collapse(String($0)) }
        var text = ""
        var blank = false
        for l in lines {
            if l.isEmpty { blank = true; continue }
            if !text.isEmpty { text += blank ? "\n\n" : "\n" }
            text += l; blank = false
        }
        return Result(text: text, footnotes: footnotes, hasKamervragenMarkup: markup, hasAnswerMarkup: answers,
                      referenceNumbers: referenceNumbers)
    }

    private static let chromeMarkers = ["broodkruimel", "breadcrumb", "menu", "navigat", "footer", "skiplink",
                                        "cookie", "zoekbalk", "searchbar", "sidebar"]

    private static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{A0}" })
            .joined(separator: " ")
    }

    private static func classList(_ attrs: String) -> Set<String> {
        guard let r = attrs.range(of: "class=") else { return [] }
        var rest = attrs[r.upperBound...]
        let q = rest.first
        if q == "\"" || q == "'" { rest = rest.dropFirst() }
        let value = rest.prefix(while: { $0 != q && $0 != ">" && (q == "\"" || q == "'" || $0 != " ") })
        return Set(value.split(separator: " ").map(String.init))
    }

    private static func parseTag(_ raw: String) -> Tag? {
        var s = Substring(raw)
        if s.hasPrefix("!") || s.hasPrefix("?") { return Tag(name: "!", closing: false, selfClosing: true, attributes: "") }
        var closing = false
        if s.hasPrefix("/") { closing = true; s = s.dropFirst() }
        let name = s.prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
        guard !name.isEmpty else { return nil }
        let attrs = String(s.dropFirst(name.count))
        return Tag(name: name, closing: closing, selfClosing: attrs.hasSuffix("/"), attributes: attrs)
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "shy": "\u{AD}",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«",
        "raquo": "»", "hellip": "…", "euro": "€", "eacute": "é", "egrave": "è", "euml": "ë", "ecirc": "ê",
        "iuml": "ï", "ouml": "ö", "uuml": "ü", "auml": "ä", "aacute": "á", "agrave": "à", "oacute": "ó",
        "Eacute": "É", "Euml": "Ë", "Iuml": "Ï", "Ouml": "Ö", "Uuml": "Ü", "ccedil": "ç", "sup1": "¹",
        "sup2": "²", "sup3": "³", "bull": "•", "middot": "·", "deg": "°", "sect": "§", "copy": "©",
    ]

    private static func entity(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[name]
    }
}

import DutchText

/// Repairs the lines of an extracted text before it is split: page furniture out, footnotes detached
/// (bodies collected, reference markers stripped), line-break hyphens decided, OCR-split numbers
/// rejoined. Keeps blank lines (paragraph breaks); page breaks and removed lines simply vanish, so
/// text runs on across pages.
struct LinePreparation {
    struct Output {
        /// Repaired lines; "" marks a paragraph break.
        var lines: [String]
        var footnotes: [Footnote]
        /// For each line, the footnote markers removed from it (or standing after it): number and UTF-8
        /// offset in the repaired line.
        var references: [[(number: Int, offset: Int)]]
    }

    enum Kind { case body, blank, pageBreak, furniture, footnote, marker }

    static let pageBreak = "\u{0C}"

    /// `extraNumbers`: footnotes known from elsewhere (HTML `div#noten`) whose `[n]` markers are removed.
    /// `lexicon` nil: ``Lexicon/shared``, loaded only if a marker or hyphen needs it.
    static func prepare(_ text: String, extraNumbers: Set<Int> = [], lexicon: Lexicon? = nil) -> Output {
        var lines = FastText.trimmedLines(text, pageBreaksOnOwnLine: true)
            ?? text.replacingOccurrences(of: "\u{0C}", with: "\n\u{0C}\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(FastText.trimSpaces($0)) }
        // Byte test first: Foundation's `contains` is slow on Linux, and it cannot match ASCII these bytes lack.
        if MarkdownArtifacts.marks(withBytesIn: text).contains(where: { text.contains($0) }) {
            lines = lines.map { MarkdownArtifacts.isRule($0) ? pageBreak : MarkdownArtifacts.clean($0) }
        }
        var kinds: [Kind] = lines.map { $0 == pageBreak ? .pageBreak : ($0.isEmpty ? .blank : .body) }

        // 1. Page furniture, by pattern and by recurrence.
        let recurring = PageFurniture.RecurringMasks(PageFurniture.recurring(lines, isHeading: { Segmenter.isHeadingLine($0) }))
        for i in lines.indices where kinds[i] == .body {
            switch PageFurniture.classify(lines[i]) {
            case .furniture: kinds[i] = .furniture
            case .gluedPrefix(let rest): lines[i] = rest
            case .text: if recurring.containsMask(of: lines[i]) { kinds[i] = .furniture }
            }
        }
        // Page numbers: bare numbers next to furniture or a page break.
        for i in lines.indices where kinds[i] == .body {
            guard PageFurniture.bareNumbers(lines[i])?.count == 1 else { continue }
            let prev = neighbour(kinds, i, -1), next = neighbour(kinds, i, 1)
            if prev == .furniture || next == .pageBreak || (prev == .pageBreak && next == .furniture) || next == nil && prev == .furniture {
                kinds[i] = .furniture
            }
        }

        // 2. Footnotes.
        var refsByLine: [Int: [Int]] = [:]
        var footnotes = FootnoteExtraction.run(lines: &lines, kinds: &kinds, references: &refsByLine)

        // 3. OCR: a number glued to one capital at a line end, the word continuing below (`4I` / `s er`).
        for i in lines.indices where kinds[i] == .body {
            let l = lines[i]
            // A first Character that is a number starts with a digit or a scalar beyond ASCII.
            guard let b = l.utf8.first, b >= 0x80 || (b >= 0x30 && b <= 0x39), l.count <= 4, let last = l.last, last.isUppercase, l.dropLast().allSatisfy(\.isNumber), !l.dropLast().isEmpty,
                  let j = (i + 1..<lines.count).first(where: { kinds[$0] == .body }),
                  let f = lines[j].first, f.isLowercase else { continue }
            lines[j] = l + lines[j]; kinds[i] = .furniture
        }

        // A blank line is a paragraph break only when nothing was removed around it (a page bottom with
        // footnotes and footer is not a paragraph end).
        var kept: [String] = []
        var refs: [[(number: Int, offset: Int)]] = []
        var sawBlank = false, sawRemoved = false
        for i in lines.indices {
            switch kinds[i] {
            case .body:
                if !kept.isEmpty, sawBlank, !sawRemoved { kept.append(""); refs.append([]) }
                kept.append(lines[i]); refs.append((refsByLine[i] ?? []).map { ($0, 0) })
                sawBlank = false; sawRemoved = false
            case .blank: sawBlank = true
            case .marker:
                // A reference standing alone belongs to the text just before it.
                if let last = refs.indices.last { refs[last] += (refsByLine[i] ?? []).map { ($0, kept[last].utf8.count) } }
                sawRemoved = true
            default: sawRemoved = true
            }
        }
        // 4. Markers glued to words, for footnotes that exist.
        let numbers = Set(footnotes.map(\.number)).union(extraNumbers)
        // The document's own words decide glued markers and line-break hyphens: only collected when
        // the text has either (most ASCII lines have no hyphen before a space or at their end).
        var docWords = Set<String>()
        let needsWords = !numbers.isEmpty || kept.contains { line in
            line.utf8.last == UInt8(ascii: "-") || line.hasSuffix("\u{AD}") || line.hasSuffix("- ")
                || FastText.contains(Array(line.utf8), [UInt8(ascii: "-"), UInt8(ascii: " ")])
        }
        for l in kept where needsWords {
            // ASCII and Latin-1 (with the General Punctuation block): one scalar per Character, on bytes.
            if Self.latinWords(l, into: &docWords) { continue }
            for w in l.split(whereSeparator: { !$0.isLetter }) where w.count >= 2 { docWords.insert(w.lowercased()) }
        }
        if !numbers.isEmpty {
            for k in kept.indices where !kept[k].isEmpty {
                let r = FootnoteMarkers.stripCollecting(kept[k], numbers: numbers,
                                                        isWord: { docWords.contains($0) || (lexicon ?? Lexicon.shared).contains($0) })
                kept[k] = r.line
                refs[k] += r.removed
            }
        }
        refs = refs.map { $0.filter { numbers.contains($0.number) } }
        // 5. Sentences glued where a line break was lost.
        kept = kept.map(SentenceGlue.repair)
        // 6. Line-break hyphens.
        let dehyphenator = Dehyphenator(lexicon: lexicon, documentWords: docWords)
        kept = dehyphenator.apply(lines: kept).map(dehyphenator.joinFlattened)
        footnotes = footnotes.map { Footnote(number: $0.number, text: Self.joinWrapped($0.text)) }
        return Output(lines: kept, footnotes: footnotes, references: refs)
    }

    /// For U+0080–U+00FF: 0 when the scalar is no letter, else its lower-case form (a scalar up to
    /// U+00FF); nil when some letter of the block lower-cases otherwise (then ``latinWords`` declines).
    /// Built from `Character.isLetter` and `String.lowercased()`, so it answers as they do.
    private static let latinLower: [UInt16]? = {
        var table = [UInt16](repeating: 0, count: 128)
        for v in 0x80...0xFF {
            let c = Character(Unicode.Scalar(UInt8(v)))
            guard c.isLetter else { continue }
            let lower = Array(String(c).lowercased().unicodeScalars)
            guard lower.count == 1, lower[0].value <= 0xFF, lower[0].value >= 0x80 else { return nil }
            table[v - 0x80] = UInt16(lower[0].value)
        }
        return table
    }()

    /// Whether no scalar of U+2000–U+203F (dashes, quotes, ellipsis: General Punctuation) is a letter.
    private static let punctuationBlockHasNoLetter: Bool =
        (0x2000...0x203F).allSatisfy { !Character(Unicode.Scalar(UInt32($0))!).isLetter }

    /// Inserts the lower-cased words (runs of 2 or more letters) of `line`, as splitting at non-letter
    /// Characters and `lowercased()` would, when the line holds only ASCII (no CR), U+0080–U+00FF and
    /// U+2000–U+203F but the joiners U+200C/U+200D: then every scalar is a Character of its own.
    /// Returns false, having inserted nothing, for any other line.
    static func latinWords(_ line: String, into words: inout Set<String>) -> Bool {
        guard let lowerTable = latinLower, punctuationBlockHasNoLetter else { return false }
        var line = line
        return line.withUTF8 { buf in
            let n = buf.count
            var k = 0
            while k < n {
                let b = buf[k]
                if b < 0x80 {
                    if b == 0x0D { return false }
                    k += 1
                } else if b == 0xC2 || b == 0xC3 {
                    k += 2
                } else if b == 0xE2, k + 2 < n, buf[k + 1] == 0x80, buf[k + 2] != 0x8C, buf[k + 2] != 0x8D {
                    k += 3
                } else {
                    return false
                }
            }
            var word: [UInt8] = []
            word.reserveCapacity(64)
            var letters = 0
            func flush() {
                if letters >= 2 { words.insert(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
                letters = 0
            }
            k = 0
            while k < n {
                let b = buf[k]
                if b < 0x80 {
                    let l = b | 0x20
                    if l >= 0x61 && l <= 0x7A { word.append(l); letters += 1 } else { flush() }
                    k += 1
                } else if b == 0xE2 {
                    flush()
                    k += 3
                } else {
                    let v = Int(b & 0x1F) << 6 | Int(buf[k + 1] & 0x3F)
                    let lower = lowerTable[v - 0x80]
                    if lower == 0 {
                        flush()
                    } else {
                        word.append(UInt8(0xC0 | lower >> 6)); word.append(UInt8(0x80 | lower & 0x3F))
                        letters += 1
                    }
                    k += 2
                }
            }
            flush()
            return true
        }
    }

    private static func neighbour(_ kinds: [Kind], _ i: Int, _ step: Int) -> Kind? {
        var j = i + step
        while j >= 0, j < kinds.count {
            if kinds[j] != .blank { return kinds[j] }
            j += step
        }
        return nil
    }

    /// Joins wrapped footnote text (`Zorgak-` + `koord` → `Zorgakkoord`, URLs kept whole).
    static func joinWrapped(_ text: String) -> String {
        let parts = text.components(separatedBy: "\n")
        var out = ""
        for p in parts {
            if out.isEmpty { out = p; continue }
            if out.hasSuffix("/") || out.hasSuffix("-") && !(p.first?.isUppercase ?? false) {
                if out.hasSuffix("-"), !(out.split(separator: " ").last?.contains("/") ?? false) { out.removeLast() }
                out += p
            } else {
                out += " " + p
            }
        }
        return out
    }
}

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
            // At most 4 Characters: the count stops after the fifth (a line may be long).
            guard let b = l.utf8.first, b >= 0x80 || (b >= 0x30 && b <= 0x39), l.dropFirst(4).isEmpty, let last = l.last, last.isUppercase, l.dropLast().allSatisfy(\.isNumber), !l.dropLast().isEmpty,
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
        // The document's own words (of the lines as they are now) decide glued markers and line-break
        // hyphens with the lexicon: only when the text has either (most ASCII lines have no hyphen
        // before a space or at their end), and collected only if the lexicon does not know a word.
        let docWords = !numbers.isEmpty || kept.contains(where: Self.mayNeedDehyphenation)
            ? DocumentWordsOnDemand(lines: kept) : nil
        if !numbers.isEmpty {
            for k in kept.indices where !kept[k].isEmpty {
                let r = FootnoteMarkers.stripCollecting(kept[k], numbers: numbers,
                                                        isWord: { (lexicon ?? Lexicon.shared).contains($0) || docWords?.contains($0) == true })
                kept[k] = r.line
                refs[k] += r.removed
            }
        }
        refs = refs.map { $0.filter { numbers.contains($0.number) } }
        // 5. Sentences glued where a line break was lost.
        kept = kept.map(SentenceGlue.repair)
        // 6. Line-break hyphens.
        let dehyphenator = docWords.map { Dehyphenator(lexicon: lexicon, documentWords: $0) } ?? Dehyphenator(lexicon: lexicon)
        kept = dehyphenator.apply(lines: kept).map(dehyphenator.joinFlattened)
        footnotes = footnotes.map { Footnote(number: $0.number, text: Self.joinWrapped($0.text)) }
        return Output(lines: kept, footnotes: footnotes, references: refs)
    }

    /// Whether `line` may hold a line-break hyphen for ``Dehyphenator``: it ends in `-`, `- ` or a soft
    /// hyphen, or has `- ` inside (a hyphen flattened from a line end). Tested on bytes.
    static func mayNeedDehyphenation(_ line: String) -> Bool {
        let u = line.utf8
        guard let last = u.last else { return false }
        if last == UInt8(ascii: "-") { return true }
        if last == 0xAD, line.hasSuffix("\u{AD}") { return true }
        return FastText.hasHyphenBeforeSpace(line)
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
        guard FastText.containsByte(text, 0x0A) else { return text }
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

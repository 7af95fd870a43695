import DutchText

/// Finds footnote bodies in extracted lines and marks them (and bare reference lines) for removal.
///
/// A footnote body is a line starting with its number (`1 https://…`, `1NOS, 29 oktober …`) where that
/// number is the next footnote number and was referenced earlier (a marker glued to a word, or a bare
/// number line), and the text after the number does not start lower-case. It runs on over following
/// lines while its text is visibly unfinished (ends in `-`, `/`, or without closing punctuation and not
/// in a URL). In raw `pdftotext` output the footnotes of a page sit after a blank line at the page
/// bottom, numbers on their own lines: that zone, up to the page break, is read as footnotes.
enum FootnoteExtraction {
    typealias Kind = LinePreparation.Kind

    /// Footnotes found; `references` gets, per line index, the numbers of markers that stood alone on
    /// that line or at its start (removed here).
    /// Whether only furniture (a footer) or a page break follows line `i` before the next text.
    private static func abovePageEnd(_ kinds: [Kind], _ i: Int) -> Bool {
        var k = i + 1
        while k < kinds.count, kinds[k] == .blank { k += 1 }
        return k < kinds.count && (kinds[k] == .furniture || kinds[k] == .pageBreak)
    }

    static func run(lines: inout [String], kinds: inout [Kind], references: inout [Int: [Int]]) -> [Footnote] {
        var footnotes: [Footnote] = []
        var refs = Set<Int>()
        var next = 1
        var open: Int? = nil  // index into footnotes of the footnote being continued
        var leading: [Int: Int] = [:]  // line index → marker number moved to the line start (`4 is de …`)
        var lastNumbered = -1  // number of the last line opening with a bare number (not a footnote)
        var firstIntro: Int? = nil  // found when a bare number first needs it
        var headerOnly = Set<Int>()  // referenced only by bare numbers above the first intro
        var lastWasClause = false  // the last body line read opened an answer or notice section
        var i = 0
        while i < lines.count {
            if kinds[i] == .blank || kinds[i] == .furniture || kinds[i] == .pageBreak {
                if kinds[i] != .furniture { open = nil }
                // Raw pdftotext zone: blank line, then a bare referenced number, then up to the page break.
                if kinds[i] == .blank, let end = zoneEnd(lines, kinds, from: i + 1, refs: refs, next: next) {
                    readZone(lines, &kinds, i + 1, end, &footnotes, &next)
                    open = nil
                    i = end; continue
                }
                i += 1; continue
            }
            guard kinds[i] == .body else { i += 1; continue }
            let line = lines[i]
            if let end = zoneEnd(lines, kinds, from: i, refs: refs, next: next) {
                readZone(lines, &kinds, i, end, &footnotes, &next)
                open = nil
                i = end; continue
            }
            if let nums = PageFurniture.bareNumbers(line) {
                if nums.allSatisfy({ $0 >= next && $0 <= next + 6 }) || nums.allSatisfy({ refs.contains($0) }) {
                    kinds[i] = .marker
                    refs.formUnion(nums)
                    references[i] = nums
                    // Above the first set's intro a small bare number is mostly the house's emblem (`2`)
                    // or a page number: it makes a footnote only of a line right above a page end.
                    let intro = firstIntro ?? firstIntroLine(lines, kinds)
                    firstIntro = intro
                    if i < intro { headerOnly.formUnion(nums) } else { headerOnly.subtract(nums) }
                }
                open = nil
                i += 1; continue
            }
            // The line's leading number, read once for the tests below.
            let lead = leadingNumber(line)
            // The first line below an answer or notice clause is that section's text.
            let belowClause = lastWasClause
            lastWasClause = Segmenter.isSectionLine(line)
            // A footnote whose marker was lost (split by the extractor) still sits at the page bottom:
            // the next number, right above the page's footer.
            if let (n, rest) = lead, !belowClause, (n == next || (n > next && n <= next + 3 && refs.contains(n))),
               refs.contains(n) && !headerOnly.contains(n) || (refs.contains(n) || n == next && next > 1) && abovePageEnd(kinds, i),
               n != lastNumbered + 1 || line.dropFirst(String(n).count).first == "(",
               startsFootnoteText(rest) || (open != nil && n == next && !rest.hasPrefix("en ")),
               !Segmenter.isHeadingLine(line) {
                footnotes.append(Footnote(number: n, text: rest))
                open = footnotes.count - 1
                next = n + 1
                kinds[i] = .footnote
                i += 1; continue
            }
            if let o = open, !Segmenter.isHeadingLine(line), unfinished(footnotes[o].text) {
                footnotes[o].text += "\n" + line
                kinds[i] = .footnote
                i += 1; continue
            }
            open = nil
            // Numbered text lines (`3 Het BBI…`, `1 en 2 De …`, `6Bent u`): the next number continues
            // that sequence rather than starting a footnote.
            if let (n, rest) = lead, !line.dropFirst(String(n).count).hasPrefix(".") {
                if rest.hasPrefix("en "), let (m, _) = leadingNumber(String(rest.dropFirst(3))) { lastNumbered = m }
                else if rest.first?.isUppercase == true { lastNumbered = n }
            }
            // Markers moved to the start of the next line (`4 is de problematiek`).
            if let (n, rest) = lead, n >= next, n <= next + 3, let f = rest.first, f.isLowercase,
               line.dropFirst(String(n).count).first == " ",
               !rest.hasPrefix("en "), !rest.hasPrefix("t/m"), !rest.hasPrefix("tot "), !DutchDate.startsWithMonth(rest) {
                refs.insert(n)
                headerOnly.remove(n)
                leading[i] = n
            }
            let candidates = FootnoteMarkers.candidates(in: Substring(line))
            refs.formUnion(candidates)
            if !headerOnly.isEmpty { headerOnly.subtract(candidates) }
            i += 1
        }
        // Leading markers whose footnote exists are stripped.
        let numbers = Set(footnotes.map(\.number))
        for (j, n) in leading where kinds[j] == .body && numbers.contains(n) {
            if let (m, rest) = leadingNumber(lines[j]), m == n {
                lines[j] = rest
                references[j, default: []].append(n)
            }
        }
        apostropheFootnote(&lines, kinds, refs: refs, footnotes: &footnotes)
        return footnotes.sorted { $0.number < $1.number }
    }

    /// The first body line holding a question set's intro (`Vragen van …`, `VRAAG van …`, in any case),
    /// or 0 when there is none: no line is known to stand above the first set.
    static func firstIntroLine(_ lines: [String], _ kinds: [Kind]) -> Int {
        lines.indices.first { kinds[$0] == .body && HeaderParser.askerIntroEnd(lines[$0]) != nil } ?? 0
    }

    /// `(n, rest)` for a line starting with a 1–3 digit number followed by a space or directly by text.
    static func leadingNumber(_ line: String) -> (Int, String)? {
        // A first Character that is an ASCII digit starts with a digit byte.
        guard let f = line.utf8.first, f >= 0x30, f <= 0x39 else { return nil }
        var line = line
        // On bytes when the digits and spaces are followed by an ASCII byte or the end: then each of
        // them is a Character (no scalar after them joins one).
        let onBytes: (Int, String)?? = line.withUTF8 { b in
            var d = 0
            while d < b.count, b[d] &- 0x30 < 10 { d += 1 }
            var s = d
            while s < b.count, b[s] == 0x20 { s += 1 }
            guard s == b.count || b[s] < 0x80 else { return nil }
            guard d <= 3, s < b.count else { return .some(nil) }
            var n = 0
            for k in 0..<d { n = n * 10 + Int(b[k] - 0x30) }
            guard n > 0 else { return .some(nil) }
            return (n, String(decoding: UnsafeBufferPointer(rebasing: b[s...]), as: UTF8.self))
        }
        if let onBytes { return onBytes }
        return leadingNumberOnCharacters(line)
    }

    /// ``leadingNumber(_:)`` on Characters.
    static func leadingNumberOnCharacters(_ line: String) -> (Int, String)? {
        guard let f = line.utf8.first, f >= 0x30, f <= 0x39 else { return nil }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count), let n = Int(digits), n > 0 else { return nil }
        let rest = line.dropFirst(digits.count).drop(while: { $0 == " " })
        guard !rest.isEmpty else { return nil }
        return (n, String(rest))
    }

    static func startsFootnoteText(_ rest: String) -> Bool {
        guard let f = rest.first else { return false }
        if rest.hasPrefix("http") || rest.hasPrefix("www.") { return true }
        if f.isLowercase || f == "." || f == ")" || f == "," || f == ":" || f == "-" || f == "/" { return false }
        return true
    }

    /// Whether a footnote text visibly continues on the next line.
    static func unfinished(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if last == "-" || last == "/" { return true }
        if ".)!?»”\"".contains(last) { return false }
        let lastWord = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).last ?? ""
        if lastWord.contains("://") || lastWord.hasPrefix("www.") || lastWord.hasPrefix("(www.") { return false }
        return true
    }

    /// End (exclusive) of a raw pdftotext footnote zone starting at `from`, or nil. The zone opens with
    /// a bare referenced number (after a blank line, or followed by one) and closes at the page break or
    /// after the running footer (`Tweede Kamer, vergaderjaar …`) and its page number; no heading inside.
    private static func zoneEnd(_ lines: [String], _ kinds: [Kind], from: Int, refs: Set<Int>, next: Int) -> Int? {
        var j = from
        while j < lines.count, kinds[j] == .blank { j += 1 }
        guard j < lines.count, kinds[j] == .body, let nums = PageFurniture.bareNumbers(lines[j]), let n = nums.first,
              n >= next, n <= next + 3, refs.contains(n) else { return nil }
        let after = j + 1 < lines.count ? kinds[j + 1] : .pageBreak
        let before = j > 0 ? kinds[j - 1] : .blank
        guard before == .blank || after == .blank || after == .furniture || after == .pageBreak else { return nil }
        if after == .body, PageFurniture.bareNumbers(lines[j + 1]) == nil,
           !FootnoteExtraction.startsFootnoteText(lines[j + 1]) { return nil }
        var k = j + 1, furniture = false
        while k < lines.count, k < j + 80 {
            switch kinds[k] {
            case .pageBreak: return furniture ? k : nil
            case .furniture:
                furniture = true
                if lines[k].contains("vergaderjaar") {
                    var e = k + 1
                    while e < lines.count, kinds[e] == .blank { e += 1 }
                    if e < lines.count, kinds[e] == .pageBreak || PageFurniture.bareNumbers(lines[e])?.count == 1 { return e + 1 }
                    return k + 1
                }
            case .body:
                if Segmenter.isHeadingLine(lines[k]) { return nil }
            default: break
            }
            k += 1
        }
        return nil
    }

    private static func readZone(_ lines: [String], _ kinds: inout [Kind], _ from: Int, _ to: Int,
                                 _ footnotes: inout [Footnote], _ next: inout Int) {
        var pending: [Int] = []
        var current: Int? = nil
        let firstInZone = footnotes.count
        let zoneNext = next
        defer {
            // pdftotext -raw may print a number after its text: a number n left over at the page bottom
            // takes the last line of footnote n-1 when that one ran over two lines (`5` `Kamerstuk …`
            // `www.…` … `6`).
            let leftovers = pending.filter { n in !footnotes.contains { $0.number == n } }
            for n in leftovers.sorted() {
                guard let k = footnotes.indices.dropFirst(firstInZone).first(where: { footnotes[$0].number == n - 1 }),
                      let nl = footnotes[k].text.lastIndex(of: "\n") else { continue }
                let moved = String(footnotes[k].text[footnotes[k].text.index(after: nl)...])
                footnotes[k].text = String(footnotes[k].text[..<nl])
                footnotes.append(Footnote(number: n, text: moved))
                next = max(next, n + 1)
            }
        }
        for k in from..<to {
            guard kinds[k] == .body else { continue }
            kinds[k] = .footnote
            if let nums = PageFurniture.bareNumbers(lines[k]) {
                // The last bare number before the page break is the page number.
                pending.append(contentsOf: nums.filter { n in n >= zoneNext && n < next + 20 && !footnotes.contains { $0.number == n } })
                continue
            }
            if let (n, rest) = leadingNumber(lines[k]), n == next || pending.contains(n), startsFootnoteText(rest) {
                footnotes.append(Footnote(number: n, text: rest)); current = footnotes.count - 1
                pending.removeAll { $0 == n }; next = max(next, n + 1); continue
            }
            if let p = pending.first {
                pending.removeFirst()
                footnotes.append(Footnote(number: p, text: lines[k])); current = footnotes.count - 1
                next = max(next, p + 1)
            } else if let c = current {
                footnotes[c].text += "\n" + lines[k]
            } else {
                footnotes.append(Footnote(number: next, text: lines[k])); current = footnotes.count - 1
                next += 1
            }
        }
    }

    private static let apostropheSeparators = [". ' ", ". ’ ", ". ‘ ", "? ' ", ". ` "]
    /// The bytes of every text the search for a separator can match (it finds canonically equivalent
    /// text, and of the separators' characters only `` ` `` has an equivalent: U+1FEF): a line with none
    /// of them needs no search.
    private static let apostropheSeparatorBytes = (apostropheSeparators + [". \u{1FEF} "]).map { Array($0.utf8) }

    /// OCR renders a superscript 1 as an apostrophe: `… kwijtgescholden. ' Nedergelegd op de Bibliotheek.`
    /// at the end of the last text line is a footnote when a marker with no footnote body was seen.
    private static func apostropheFootnote(_ lines: inout [String], _ kinds: [Kind], refs: Set<Int>,
                                           footnotes: inout [Footnote]) {
        let have = Set(footnotes.map(\.number))
        guard let missing = refs.subtracting(have).filter({ $0 <= have.count + 2 }).min(),
              let last = lines.indices.last(where: { kinds[$0] == .body }) else { return }
        let line = lines[last]
        let bytes = Array(line.utf8)
        guard apostropheSeparatorBytes.contains(where: { FastText.contains(bytes, $0) }) else { return }
        for sep in apostropheSeparators {
            if let r = line.range(of: sep, options: .backwards) {
                let note = line[r.upperBound...]
                guard let f = note.first, f.isUppercase, note.count <= 120 else { continue }
                footnotes.append(Footnote(number: missing, text: String(note)))
                lines[last] = String(line[..<r.lowerBound]) + String(sep.first!)
                return
            }
        }
    }
}

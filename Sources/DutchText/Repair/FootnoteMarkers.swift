/// Footnote reference markers in running text.
///
/// Markers are glued to words or punctuation (`Nederland 50?1`, `Kamer3`, `lopen?1`, `ekv.5`),
/// written as superscripts (`¹`) or in brackets (`[1 ]`). A marker is stripped only when a footnote
/// with that number exists and what remains is a word, so `2019Z13494`, `COVID-19`, `F-35`, `MH17`
/// and `G20` survive.
public enum FootnoteMarkers {
    private static let superscripts: [Character: Int] = [
        "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
    ]
    /// Punctuation a marker may follow. Not `:`, which precedes list numbers (`veranderen:1. Bekostiging`).
    private static let markerPunctuation: Set<Character> = ["?", ".", "!", ",", ";", ")", "»", "”", "\"", "’", "'"]

    /// One marker found in a word.
    public struct Marker: Equatable, Sendable {
        public var number: Int
        /// The word without the marker.
        public var stripped: String
        /// Whether the marker follows letters (then the letters must form a word).
        public var afterLetters: Bool
        /// The letters before the marker (for the word check).
        public var letters: String
    }

    /// The marker at the end of `word`, if it looks like one: 1–2 digits (or superscripts) after
    /// punctuation or letters; digits after a digit with `.`/`,` (decimals) or after `-` are not markers.
    public static func marker(in word: Substring) -> Marker? {
        var w = word
        var trailing = ""
        // Trailing sentence punctuation after the marker (`Kamer3.`) stays.
        while let l = w.last, ".,;:?!)".contains(l), w.count > 1,
              let p = w.dropLast().last, p.isNumber || superscripts[p] != nil {
            trailing = String(l) + trailing; w = w.dropLast()
        }
        if let last = w.last, superscripts[last] != nil {
            var n = 0, mult = 1, body = w, count = 0
            while let c = body.last, let d = superscripts[c] {
                count += 1
                guard count <= 2 else { return nil }  // like ASCII markers: 1–2 digits (and no overflow)
                n += d * mult; mult *= 10; body = body.dropLast()
            }
            guard !body.isEmpty else { return nil }
            return Marker(number: n, stripped: String(body) + trailing, afterLetters: false, letters: "")
        }
        let digits = w.reversed().prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...2).contains(digits.count) else { return nil }
        let body = w.dropLast(digits.count)
        guard let prev = body.last, let n = Int(String(digits.reversed())), n > 0 else { return nil }
        if markerPunctuation.contains(prev) {
            let before = body.dropLast().last
            if (prev == "." || prev == ",") && (before?.isNumber ?? true) { return nil }
            if prev == "'" || prev == "’" { if body.count < 2 { return nil } }
            return Marker(number: n, stripped: String(body) + trailing, afterLetters: false, letters: "")
        }
        if prev.isLetter {
            let letters = body.reversed().prefix(while: { $0.isLetter })
            // Letters glued to digits elsewhere in the word (`2019Z13494`, `Natura2000`) are no marker.
            let head = body.dropLast(letters.count)
            if let h = head.last, h.isNumber || h == "-" { return nil }
            // Capitals glued to digits are an identifier (`MH17`, `A2`), not a marker.
            guard letters.count >= 2, !letters.allSatisfy(\.isUppercase) else { return nil }
            return Marker(number: n, stripped: String(body) + trailing, afterLetters: true,
                          letters: String(letters.reversed()))
        }
        return nil
    }

    /// Whether ``marker(in:)`` may find a marker in the word of these bytes, for a word whose ASCII bytes
    /// are Characters of their own: ``FastText/mayHaveMarker(_:)``, and no plain number (ASCII digits,
    /// then only `.,;:?!)`: `2019`, `12.`), where the marker's digits would have nothing before them.
    static func mayBeMarkerWord<C: BidirectionalCollection>(_ word: C) -> Bool where C.Element == UInt8 {
        guard FastText.mayHaveMarker(word) else { return false }
        var inPunctuation = false
        for b in word {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if inPunctuation { return true }
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"),
                 UInt8(ascii: "!"), UInt8(ascii: ")"): inPunctuation = true
            default: return true
            }
        }
        return false
    }

    /// Numbers of all marker candidates in `line` (loose: used to find footnote references).
    public static func candidates(in line: Substring) -> [Int] {
        guard FastText.mayHaveMarker(line.utf8) else { return [] }
        let onBytes = line.utf8.withContiguousStorageIfAvailable { buf in
            FastText.asciiStandsAlone(buf) ? candidates(in: line, bytes: buf) : nil
        }
        return (onBytes ?? nil) ?? allCandidates(in: line)
    }

    /// ``candidates(in:)`` for a line whose ASCII bytes are Characters of their own (`bytes` its UTF-8):
    /// words split at space bytes; an ASCII word is read by ``markerNumber(inASCII:)``, any other that
    /// may end in a marker by ``marker(in:)``.
    ///
    /// Only words that may end in a marker are visited: those with a byte that is a digit once its top
    /// bit is cleared (an ASCII digit, or the last byte of a superscript digit) followed by nothing but
    /// `.,;:?!)` to the word's end (``FastText/mayHaveMarker(_:)`` of the word; no other word gives a
    /// candidate). Such bytes are found eight at a time.
    private static func candidates(in line: Substring, bytes u: UnsafeBufferPointer<UInt8>) -> [Int] {
        var out: [Int] = []
        @inline(__always) func trailing(_ b: UInt8) -> Bool {
            b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x3F || b == 0x21 || b == 0x29
        }
        let n = u.count
        var k = 0
        while let d = FastText.nextDigitByte(in: u, from: k) {
            var e = d + 1
            while e < n, trailing(u[e]) { e += 1 }
            guard e == n || u[e] == 0x20 else { k = e; continue }
            // The word ending at `e`.
            var i = d
            while i > 0, u[i - 1] != 0x20 { i -= 1 }
            let j = e
            let word = UnsafeBufferPointer(rebasing: u[i..<j])
            // A marker's word ends in a digit, `.,;:?!)` or a superscript (non-ASCII).
            let last = u[j - 1]
            if last &- 0x30 < 10 || last >= 0x80 || FastText.bytes(u, at: j - 1, areOneOf: ".,;:?!)") {
                if word.allSatisfy({ $0 < 0x80 }) {
                    if let number = markerNumber(inASCII: word) { out.append(number) }
                } else if mayBeMarkerWord(word) {
                    let utf8 = line.utf8
                    let from = utf8.index(utf8.startIndex, offsetBy: i), to = utf8.index(utf8.startIndex, offsetBy: j)
                    if let m = marker(in: line[from..<to]) { out.append(m.number) }
                }
            }
            k = j + 1
        }
        return out
    }

    /// `marker(in: word)?.number` for a word of ASCII bytes that are Characters of their own, read on
    /// bytes (no superscripts, and every punctuation a marker may follow is `?.!,;)"'`).
    static func markerNumber(inASCII w: UnsafeBufferPointer<UInt8>) -> Int? {
        @inline(__always) func digit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
        @inline(__always) func letter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        // Trailing sentence punctuation after the marker's digits.
        var end = w.count
        while end > 1, digit(w[end - 2]), FastText.bytes(w, at: end - 1, areOneOf: ".,;:?!)") { end -= 1 }
        var digits = 0
        while digits < end, digit(w[end - 1 - digits]) { digits += 1 }
        let bodyEnd = end - digits
        guard digits >= 1, digits <= 2, bodyEnd >= 1 else { return nil }
        let n = digits == 1 ? Int(w[end - 1] - 0x30) : Int(w[end - 2] - 0x30) * 10 + Int(w[end - 1] - 0x30)
        guard n > 0 else { return nil }
        let prev = w[bodyEnd - 1]
        if FastText.bytes(w, at: bodyEnd - 1, areOneOf: "?.!,;)\"'") {
            if prev == UInt8(ascii: ".") || prev == UInt8(ascii: ",") { if bodyEnd < 2 || digit(w[bodyEnd - 2]) { return nil } }
            if prev == UInt8(ascii: "'"), bodyEnd < 2 { return nil }
            return n
        }
        guard letter(prev) else { return nil }
        var lettersStart = bodyEnd - 1, lower = false
        while lettersStart > 0, letter(w[lettersStart - 1]) { lettersStart -= 1 }
        for k in lettersStart..<bodyEnd where w[k] &- 0x61 < 26 { lower = true; break }
        // Letters glued to digits elsewhere (`2019Z13494`), or capitals only (`MH17`): no marker.
        if lettersStart > 0, digit(w[lettersStart - 1]) || w[lettersStart - 1] == UInt8(ascii: "-") { return nil }
        guard bodyEnd - lettersStart >= 2, lower else { return nil }
        return n
    }

    /// ``candidates(in:)`` without the byte prefilter.
    static func allCandidates(in line: Substring) -> [Int] {
        line.split(separator: " ").compactMap { marker(in: $0)?.number }
    }

    /// Strips markers whose number is in `numbers` from `line`. For a marker after letters, `isWord`
    /// must accept the letters (lower-cased). Bracketed markers `[1 ]`/`[1]` are removed too.
    public static func strip(_ line: String, numbers: Set<Int>, isWord: (String) -> Bool) -> String {
        stripCollecting(line, numbers: numbers, isWord: isWord).line
    }

    /// ``strip(_:numbers:isWord:)`` that also returns the markers it removed: their number and the
    /// UTF-8 offset in the returned line where each stood.
    public static func stripCollecting(_ line: String, numbers: Set<Int>,
                                       isWord: (String) -> Bool) -> (line: String, removed: [(number: Int, offset: Int)]) {
        guard !numbers.isEmpty else { return (line, []) }
        // No `[` and no word ending in a digit: nothing to strip (checked on bytes).
        let hasBracket = FastText.containsByte(line, UInt8(ascii: "["))
        guard hasBracket || FastText.mayHaveMarker(line.utf8) else { return (line, []) }
        var removed: [(number: Int, offset: Int)] = []
        var out = line
        if hasBracket, out.contains("[") {
            for n in numbers.sorted() where out.contains("[\(n)") {
                for form in ["[\(n) ]", "[\(n)]"] {
                    while let r = out.range(of: form) {
                        removed.append((n, out.utf8.distance(from: out.startIndex, to: r.lowerBound)))
                        out.removeSubrange(r)
                    }
                }
            }
        }
        let result: String
        if FastText.asciiStandsAlone(out.utf8) {
            result = stripWordsOnBytes(out, numbers: numbers, isWord: isWord, removed: &removed) ?? out
        } else {
            var words = out.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            var changed = false
            var offset = 0
            for i in words.indices {
                if stripMarkers(&words[i], offset: offset, numbers: numbers, isWord: isWord, removed: &removed) { changed = true }
                offset += words[i].utf8.count + 1
            }
            result = changed ? words.joined(separator: " ") : out
        }
        let length = result.utf8.count
        return (result, removed.map { ($0.number, min($0.offset, length)) })
    }

    /// The word loop of ``stripCollecting(_:numbers:isWord:)`` for a line whose space bytes are whole
    /// Characters: words are found between space bytes, and only a word that may end in a marker
    /// becomes a String. Nil when nothing was stripped.
    private static func stripWordsOnBytes(_ line: String, numbers: Set<Int>, isWord: (String) -> Bool,
                                          removed: inout [(number: Int, offset: Int)]) -> String? {
        var line = line
        return line.withUTF8 { buf -> String? in
            var result: [UInt8] = []
            var changed = false, copied = 0, offset = 0, i = 0
            while true {
                var j = i
                while j < buf.count, buf[j] != UInt8(ascii: " ") { j += 1 }
                let bytes = UnsafeBufferPointer(rebasing: buf[i..<j])
                if mayBeMarkerWord(bytes) {
                    var word = String(decoding: bytes, as: UTF8.self)
                    if stripMarkers(&word, offset: offset, numbers: numbers, isWord: isWord, removed: &removed) {
                        if !changed { result.reserveCapacity(buf.count); changed = true }
                        result.append(contentsOf: buf[copied..<i])
                        result.append(contentsOf: word.utf8)
                        copied = j
                    }
                    offset += word.utf8.count + 1
                } else {
                    offset += j - i + 1
                }
                guard j < buf.count else { break }
                i = j + 1
            }
            guard changed else { return nil }
            result.append(contentsOf: buf[copied...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Strips the markers at the end of `word` (they may be stacked: `?1¹`) whose number is in `numbers`;
    /// records each with its UTF-8 offset (`offset`: where the word starts). Whether one was stripped.
    private static func stripMarkers(_ word: inout String, offset: Int, numbers: Set<Int>, isWord: (String) -> Bool,
                                     removed: inout [(number: Int, offset: Int)]) -> Bool {
        var changed = false
        while FastText.mayHaveMarker(word.utf8), let m = marker(in: Substring(word)), numbers.contains(m.number),
              !m.afterLetters || isWord(m.letters.lowercased()) {
            word = m.stripped; changed = true; removed.append((m.number, offset + m.stripped.utf8.count))
        }
        return changed
    }
}

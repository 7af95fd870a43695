import Foundation

/// Page furniture: running heads and footers, identifiers, ISSN and print lines, page numbers.
///
/// Recognised by pattern (cheap keyword prefilter, then an anchored expression) and by recurrence
/// (lines that repeat, digits masked). A footer may be glued to the next heading
/// (`…vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3`): ``split(_:)`` returns the text that follows.
public enum PageFurniture {
    /// The result of looking at one line.
    public enum Verdict: Equatable, Sendable {
        /// Not furniture.
        case text
        /// The whole line is furniture.
        case furniture
        /// Furniture glued to real text (before or after it); the real text is given.
        case gluedPrefix(String)
    }

    private static let keywords = ["Kamer", "KAMER", "ISSN", "ah-", "kv-", "Gravenhage", "Aanhangsel", "AANHANGSEL",
                                   "Zitting", "vergaderjaar", "h tk", "h ek", "Staten-Generaal"]

    private static let keywordBytes = keywords.map { Array($0.utf8) }
    /// For each byte value, whether some keyword starts with it.
    private static let keywordFirst: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for k in keywords { t[Int(k.utf8.first!)] = true }
        return t
    }()

    /// Whether `bytes` contains one of the keywords (one pass; keywords tried only at their first byte).
    static func containsKeyword(_ bytes: [UInt8]) -> Bool {
        let n = bytes.count
        for i in 0..<n where keywordFirst[Int(bytes[i])] {
            for k in keywordBytes where k[0] == bytes[i] && i + k.count <= n {
                var m = 1
                while m < k.count, bytes[i + m] == k[m] { m += 1 }
                if m == k.count { return true }
            }
        }
        return false
    }
    /// Literals the whole-line and footer expressions require: at the line start, or anywhere.
    private static let anchoredLiterals = ["ah-", "kv-", "h tk ", "h ek ", "Tweede Kamer der", "Eerste Kamer der",
                                           "Aanhangsel tot ", "TWEEDE KAMER", "EERSTE KAMER"].map { Array($0.utf8) }
    private static let innerLiterals = ["ISSN", "Gravenhage", "Zitting", "Kamer, vergaderjaar", "Handelingen der Staten",
                                        "AANHANGSEL TOT"].map { Array($0.utf8) }
    private static let citationBytes = ["nr.", "Kamerstuk", "http", "www."].map { Array($0.utf8) }

    private static func rx(_ p: String) -> NSRegularExpression {
        // Patterns are constants: a failure is a programming error caught by the unit tests.
        try! NSRegularExpression(pattern: p, options: [])
    }

    /// Whole-line patterns (matched against the trimmed line).
    private static let wholeLine: [NSRegularExpression] = [
        rx(#"^(ah|kv)-(tk|ek)-[0-9A-Za-z-]+$"#),
        rx(#"^h (tk|ek) \d{8} \d+$"#),
        rx(#"^.{0,40}ISSN ?\d{4} ?[-–]? ?\d{3}[\dX].*$"#),
        rx(#"^[’'‘`]?s[- ]Gravenhage,? \d{4}$"#),
        rx(#"^(Tweede|Eerste) Kamer der Staten-Generaal ?\d?$"#),
        rx(#"^Aanhangsel tot [bhl]et Verslag van de Handelingen der (Tweede|Eerste) Kamer$"#),
        rx(#"^(Deel [IV]+ )?Zitting \d{4} ?[-–—] ?\d{2,4}( Aanhangsel)?$"#),
        rx(#"^(TWEEDE|EERSTE) KAMER$"#),
    ]

    /// Running footers and print lines of scanned pages that OCR may glue to the text before or after
    /// them (`…der routes? Handelingen der Staten-Generaal 1929—1930. II. Aanhangsel.`): cut out,
    /// and the rest of the line kept.
    private static let embedded: [NSRegularExpression] = [
        rx(#"(Vel \d+ ?)?Handelingen der Staten-Generaal\.{0,2} ?[—–-]? ?(Zitting )?\d{4} ?[—–-] ?\d{4}\.{0,2}"#
           + #"( ?[—–-])?( ?[IVTHl]{1,2}\.?)?( ?'?Aanhangsel\S?)?"#),
        rx(#"(Tweede|Eerste) Kamer, vergaderjaar \d{4} ?[-–—] ?\d{2,4}, ?(Aanhangsel|Vragen)( ?\d{1,4}(?!\d))?"#),
        rx(#"AANHANGSEL TOT [BHL]ET VE[RE]SLAG VAN DE HANDELINGEN DER (TWEEDE|EERSTE) KAMER\.?"#),
        rx(#"(\d{5,6}[A-Z]? ?)?ISSN ?\d{3,4} ?[-–•·]? ?\d{3}[\dXx](.{0,40}(uitgeverij|Uitgeverij|UITGEVERIJ)"#
           + #"[^.?!]{0,60})?"#),
    ]

    /// A footer that may have text glued after it; group 0 ends where the real text starts.
    private static let footerPrefix = rx(
        #"^.{0,60}?(Tweede|Eerste) Kamer, vergaderjaar \d{4} ?[-–—] ?\d{2,4}, ?(Aanhangsel|Vragen)( ?\d{1,4}(?!\d))?"#)

    /// Classifies one line.
    public static func classify(_ line: String) -> Verdict {
        let sub = FastText.trimSpaces(line)
        if sub.isEmpty { return .text }
        if sub == "Aanhangsel" || sub == "Aanhangsel van de Handelingen" { return .furniture }
        let bytes = Array(sub.utf8)
        guard containsKeyword(bytes) else { return .text }
        // Each expression below needs one of these literals (at the start, or anywhere): without one,
        // none can match.
        guard anchoredLiterals.contains(where: { bytes.starts(with: $0) })
                || innerLiterals.contains(where: { FastText.contains(bytes, $0) }) else { return .text }
        let t = String(sub)
        let ns = t as NSString
        let full = NSRange(location: 0, length: ns.length)
        if let m = footerPrefix.firstMatch(in: t, range: full) {
            let rest = ns.substring(from: m.range.location + m.range.length)
                .trimmingCharacters(in: CharacterSet(charactersIn: " |·•"))
            if rest.isEmpty || classify(rest) == .furniture { return .furniture }
            return .gluedPrefix(rest)
        }
        for r in wholeLine where r.firstMatch(in: t, range: full) != nil { return .furniture }
        for r in embedded {
            guard let m = r.firstMatch(in: t, range: full) else { continue }
            let rest = (ns.substring(to: m.range.location) + " " + ns.substring(from: m.range.location + m.range.length))
                .trimmingCharacters(in: CharacterSet(charactersIn: " |·•^"))
            if !rest.contains(where: \.isLetter) || classify(rest) == .furniture { return .furniture }
            return .gluedPrefix(rest)
        }
        return .text
    }

    /// The line with digits masked (`#`), used to count recurrence.
    public static func mask(_ line: String) -> String {
        guard FastText.asciiStandsAlone(line.utf8) else { return slowMask(line) }
        var line = line
        return line.withUTF8 { buf in
            var lo = 0, hi = buf.count
            while lo < hi, buf[lo] == 0x20 || buf[lo] == 0x09 { lo += 1 }
            while hi > lo, buf[hi - 1] == 0x20 || buf[hi - 1] == 0x09 { hi -= 1 }
            return String(unsafeUninitializedCapacity: hi - lo) { out in
                for k in lo..<hi {
                    let b = buf[k]
                    out[k - lo] = b >= 0x30 && b <= 0x39 ? 0x23 : b
                }
                return hi - lo
            }
        }
    }

    /// A hash (FNV-1a) of the bytes of `mask(String(line))`, made without building it when the line's
    /// ASCII bytes stand alone.
    static func maskHash(_ line: Substring) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        guard FastText.asciiStandsAlone(line.utf8) else {
            for b in mask(String(line)).utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return h
        }
        let u = line.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] == 0x20 || u[lo] == 0x09 { lo = u.index(after: lo) }
        while hi > lo, u[u.index(before: hi)] == 0x20 || u[u.index(before: hi)] == 0x09 { hi = u.index(before: hi) }
        for b in u[lo..<hi] {
            let m = b >= 0x30 && b <= 0x39 ? 0x23 : b
            h = (h ^ UInt64(m)) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    static func slowMask(_ line: String) -> String {
        String(FastText.trimSpaces(line).map { $0.isASCII && $0.isNumber ? "#" : $0 })
    }

    /// Masked forms of lines that recur at least `minCount` times and look like running heads: at least
    /// 12 characters, not a question or answer heading. `isHeading` tells headings apart.
    public static func recurring(_ lines: [String], minCount: Int = 3,
                                 isHeading: (String) -> Bool) -> Set<String> {
        // Masks are counted first; only lines whose mask could recur often enough are asked whether
        // they are headings (headings do not count).
        // The lines that pass the filters below, with a hash of their mask: only lines whose mask hash
        // recurs often enough have their mask made and counted exactly (a line whose mask recurs has a
        // hash that recurs at least as often).
        var filtered: [(hash: UInt64, line: Substring)] = []
        var hashCounts: [UInt64: Int] = [:]
        for l in lines {
            let t = FastText.trimSpaces(l)
            let n = t.utf8.count
            // Lines opening with a number are footnotes or numbered items, never running heads.
            // Citations (`Kamerstuk 26 485, nr. 380.`) recur too, but are footnote text.
            guard n >= 12, n <= 300, !(t.first?.isNumber ?? true), !t.hasSuffix(".") else { continue }
            let bytes = Array(t.utf8)
            guard !citationBytes.contains(where: { FastText.contains(bytes, $0) }) else { continue }
            let c = bytes.allSatisfy({ $0 < 0x80 }) ? n : t.count  // ASCII: one character per byte
            guard c >= 12, c <= 100 else { continue }
            let h = maskHash(t)
            hashCounts[h, default: 0] += 1
            filtered.append((h, t))
        }
        var candidates: [(mask: String, line: Substring)] = []
        var rawCounts: [String: Int] = [:]
        for (h, t) in filtered where hashCounts[h]! >= minCount {
            let m = mask(String(t))
            rawCounts[m, default: 0] += 1
            candidates.append((m, t))
        }
        var counts: [String: Int] = [:]
        for (m, t) in candidates where rawCounts[m]! >= minCount && !isHeading(String(t)) {
            counts[m, default: 0] += 1
        }
        return Set(counts.filter { $0.value >= minCount }.map(\.key))
    }

    /// Whether the line is only a page number or footnote reference numbers (`2`, `2 3`).
    public static func bareNumbers(_ line: String) -> [Int]? {
        // Only digits and spaces can qualify (then every byte is a Character): reject the rest on bytes.
        var sawDigit = false
        for b in line.utf8 {
            if b >= 0x30 && b <= 0x39 { sawDigit = true } else if b != 0x20 { return nil }
        }
        guard sawDigit else { return nil }
        let parts = line.split(separator: " ")
        guard !parts.isEmpty, parts.count <= 6 else { return nil }
        var out: [Int] = []
        for p in parts {
            guard p.count <= 4, p.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(p) else { return nil }
            out.append(n)
        }
        return out
    }
}

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
    /// For each byte value, the keywords (as bits) whose first byte, or second byte, it is.
    private static let keywordFirst = keywordBits(at: 0), keywordSecond = keywordBits(at: 1)

    private static func keywordBits(at k: Int) -> [UInt16] {
        var t = [UInt16](repeating: 0, count: 256)
        for (i, w) in keywordBytes.enumerated() { t[Int(w[k])] |= 1 << i }
        return t
    }

    /// Whether `bytes` contains one of the keywords (one pass; a keyword is compared only where both
    /// its first two bytes are).
    static func containsKeyword(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n >= 2, let base = bytes.baseAddress else { return false }
        // The tables through pointers: the loop reads no global, checks no array bounds, and compares
        // a candidate with memcmp.
        return keywordFirst.withUnsafeBufferPointer { first in
            keywordSecond.withUnsafeBufferPointer { second in
                keywordSlots.withUnsafeBufferPointer { slots in
                    var i = 0
                    while i + 1 < n {
                        var m = first[Int(base[i])] & second[Int(base[i + 1])]
                        while m != 0 {
                            let k = m.trailingZeroBitCount
                            m &= m - 1
                            let slot = slots.baseAddress! + k * keywordSlotSize
                            let count = Int(slot[0])
                            if i + count <= n, memcmp(base + i + 2, slot + 3, count - 2) == 0 { return true }
                        }
                        i += 1
                    }
                    return false
                }
            }
        }
    }

    /// The keywords in slots of ``keywordSlotSize`` bytes: the byte count, then the bytes.
    private static let keywordSlotSize = 16
    private static let keywordSlots: [UInt8] = keywordBytes.flatMap { k -> [UInt8] in
        precondition(k.count < keywordSlotSize)
        return [UInt8(k.count)] + k + [UInt8](repeating: 0, count: keywordSlotSize - 1 - k.count)
    }

    /// Whether the trimmed line holds a literal one of the expressions needs (at the start, or
    /// anywhere), and then whether it holds a keyword: without both, no expression can match. The
    /// literals first: found with memchr, they are cheaper than the keyword scan and rarer.
    private static func patternGate(_ bytes: UnsafeBufferPointer<UInt8>) -> (literal: Bool, keyword: Bool) {
        guard anchoredLiterals.contains(where: { bytes.starts(with: $0) })
                || innerLiterals.contains(where: { FastText.contains(bytes, $0) }) else { return (false, false) }
        return (true, containsKeyword(bytes))
    }

    /// Literals the whole-line and footer expressions require: at the line start, or anywhere.
    private static let anchoredLiterals = ["ah-", "kv-", "h tk ", "h ek ", "Tweede Kamer der", "Eerste Kamer der",
                                           "Aanhangsel tot ", "TWEEDE KAMER", "EERSTE KAMER"].map { Array($0.utf8) }
    private static let innerLiterals = ["ISSN", "Gravenhage", "Zitting", "Kamer, vergaderjaar", "Handelingen der Staten",
                                        "AANHANGSEL TOT"].map { Array($0.utf8) }
    /// Text that recurs but is never a running head: citations (footnote text) and dated clauses (one
    /// minister's answers of one day on one page share their `ANTWOORD van … (Ingezonden …)` line).
    private static let citationBytes = ["nr.", "Kamerstuk", "http", "www.", "(Ingezonden", "(ingezonden", "(INGEZONDEN",
                                        "(Ontvangen", "(ontvangen", "(ONTVANGEN"].map { Array($0.utf8) }
    /// For each byte value, whether a citation literal starts with it.
    private static let citationFirst: [Bool] = (0..<256).map { b in citationBytes.contains { Int($0[0]) == b } }

    private static func rx(_ p: String) -> NSRegularExpression {
        // Patterns are constants: a failure is a programming error caught by the unit tests.
        try! NSRegularExpression(pattern: p, options: [])
    }

    /// Whole-line patterns (matched against the trimmed line).
    static let wholeLine: [NSRegularExpression] = [
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
    static let embedded: [NSRegularExpression] = [
        rx(#"(Vel \d+ ?)?Handelingen der Staten-Generaal\.{0,2} ?[—–-]? ?(Zitting )?\d{4} ?[—–-] ?\d{4}\.{0,2}"#
           + #"( ?[—–-])?( ?[IVTHl]{1,2}\.?)?( ?'?Aanhangsel\S?)?"#),
        rx(#"(Tweede|Eerste) Kamer, vergaderjaar \d{4} ?[-–—] ?\d{2,4}, ?(Aanhangsel|Vragen)( ?\d{1,4}(?!\d))?"#),
        rx(#"AANHANGSEL TOT [BHL]ET VE[RE]SLAG VAN DE HANDELINGEN DER (TWEEDE|EERSTE) KAMER\.?"#),
        rx(#"(\d{5,6}[A-Z]? ?)?ISSN ?\d{3,4} ?[-–•·]? ?\d{3}[\dXx](.{0,40}(uitgeverij|Uitgeverij|UITGEVERIJ)"#
           + #"[^.?!]{0,60})?"#),
    ]

    /// A footer that may have text glued after it; group 0 ends where the real text starts.
    static let footerPrefix = rx(
        #"^.{0,60}?(Tweede|Eerste) Kamer, vergaderjaar \d{4} ?[-–—] ?\d{2,4}, ?(Aanhangsel|Vragen)( ?\d{1,4}(?!\d))?"#)

    /// Classifies one line.
    public static func classify(_ line: String) -> Verdict {
        let sub = FastText.trimSpaces(line)
        if sub.isEmpty { return .text }
        let gate = sub.utf8.withContiguousStorageIfAvailable(patternGate)
            ?? Array(sub.utf8).withUnsafeBufferPointer(patternGate)
        // Only a line of these very bytes equals one of the two (no other scalar is canonically
        // equivalent to their letters), and both hold the keyword `Aanhangsel`: without a literal,
        // they are the only furniture.
        let aanhangsel = (sub.utf8.count == 10 || sub.utf8.count == 29)
            && (sub == "Aanhangsel" || sub == "Aanhangsel van de Handelingen")
        guard gate.literal else { return aanhangsel ? .furniture : .text }
        guard gate.keyword else { return .text }
        if aanhangsel { return .furniture }
        if let scan = FurnitureScan(sub) { return verdict(scan) }
        return verdict(FurnitureRegexes(String(sub)))
    }

    private static let footerTrim = CharacterSet(charactersIn: " |·•"), gluedTrim = CharacterSet(charactersIn: " |·•^")

    /// The verdict on a line from where the expressions match it.
    private static func verdict<M: FurnitureMatches>(_ m: M) -> Verdict {
        if let after = m.afterFooterPrefix() {
            let rest = after.trimmingCharacters(in: footerTrim)
            if rest.isEmpty || classify(rest) == .furniture { return .furniture }
            return .gluedPrefix(rest)
        }
        if m.matchesWholeLine() { return .furniture }
        if let (before, after) = m.aroundEmbedded() {
            let rest = (before + " " + after).trimmingCharacters(in: gluedTrim)
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
        let u = line.utf8
        if let h = u.withContiguousStorageIfAvailable({ FastText.asciiStandsAlone($0) ? maskHash(trimmed: $0) : nil }),
           let h {
            return h
        }
        return fnv1a(mask(String(line)).utf8)
    }

    /// ``maskHash(_:)`` of bytes whose ASCII bytes stand alone: trimmed here, digits hashed as `#`.
    private static func maskHash(trimmed buf: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var lo = 0, hi = buf.count
        while lo < hi, buf[lo] == 0x20 || buf[lo] == 0x09 { lo += 1 }
        while hi > lo, buf[hi - 1] == 0x20 || buf[hi - 1] == 0x09 { hi -= 1 }
        return fnv1a(UnsafeBufferPointer(rebasing: buf[lo..<hi]).lazy.map { $0 >= 0x30 && $0 <= 0x39 ? 0x23 : $0 })
    }

    /// FNV-1a of `bytes`.
    @inline(__always)
    static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Recurring masks (``recurring(_:minCount:isHeading:)``) ready to test many lines: a line's mask
    /// is made only when its hash is the hash of one of them.
    public struct RecurringMasks {
        public let masks: Set<String>
        private let hashes: Set<UInt64>
        private let byteCounts: Set<Int>

        public init(_ masks: Set<String>) {
            self.masks = masks
            hashes = Set(masks.map { PageFurniture.fnv1a($0.utf8) })
            byteCounts = Set(masks.map(\.utf8.count))
        }

        /// Whether `mask(line)` is one of the masks. The mask has the bytes of the trimmed line (a digit
        /// becomes `#`): as many, and hashed without making it.
        public func containsMask(of line: String) -> Bool {
            !masks.isEmpty && byteCounts.contains(FastText.trimSpaces(line).utf8.count)
                && hashes.contains(maskHash(Substring(line))) && masks.contains(mask(line))
        }
    }

    static func slowMask(_ line: String) -> String {
        String(FastText.trimSpaces(line).map { $0.isASCII && $0.isNumber ? "#" : $0 })
    }

    /// Masked forms of lines that recur at least `minCount` times and look like running heads: at least
    /// 12 characters, not a question or answer heading. `isHeading` tells headings apart.
    public static func recurring(_ lines: [String], minCount: Int = 3,
                                 isHeading: (String) -> Bool) -> Set<String> {
        // Narrowed in steps, each keeping every line whose mask could still recur often enough (a line
        // whose mask recurs has a key and a hash that recur at least as often):
        // 1. a rough key of the mask (byte count and ends), without looking at all the line's bytes;
        // 2. the running-head filters and a hash of the mask;
        // 3. the mask itself, counted exactly;
        // 4. only then are lines asked whether they are headings (headings do not count).
        var rough: [(key: UInt64, line: Substring)] = []
        var roughCounts: [UInt64: Int] = [:]
        for l in lines {
            let t = FastText.trimSpaces(l)
            guard (12...300).contains(t.utf8.count) else { continue }  // as runningHeadHash requires
            let k = roughMaskKey(t)
            roughCounts[k, default: 0] += 1
            rough.append((k, t))
        }
        var filtered: [(hash: UInt64, line: Substring)] = []
        var hashCounts: [UInt64: Int] = [:]
        for (k, t) in rough where roughCounts[k]! >= minCount {
            guard let h = runningHeadHash(t) else { continue }
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

    /// A key of the byte count and the first and last 8 bytes of the trimmed line `t` (at least 8 bytes),
    /// ASCII digits and `#` taken alike: lines with the same mask have the same key, as a mask is the
    /// line's bytes with some ASCII digits made `#`.
    static func roughMaskKey(_ t: Substring) -> UInt64 {
        let n = t.utf8.count
        func key<C: Collection>(_ b: C) -> UInt64 where C.Element == UInt8, C.Index == Int {
            func word(_ from: Int) -> UInt64 {
                var w: UInt64 = 0
                for i in from..<from + 8 {
                    let c = b[b.startIndex + i]
                    w = w << 8 | UInt64(c == 0x23 || (c >= 0x30 && c <= 0x39) ? 0x23 : c)
                }
                return w
            }
            return word(0) &* 0x9E37_79B9_7F4A_7C15 ^ word(n - 8) ^ UInt64(n) << 56
        }
        return t.utf8.withContiguousStorageIfAvailable(key) ?? key(Array(t.utf8))
    }

    /// ``maskHash(_:)`` of the trimmed line `t` when it may be a running head, else nil. Lines opening
    /// with a number are footnotes or numbered items, never running heads; citations (`Kamerstuk 26 485,
    /// nr. 380.`) recur too, but are footnote text. A running head has 12–100 Characters (and at most
    /// 300 bytes) and does not end in `.`.
    static func runningHeadHash(_ t: Substring) -> UInt64? {
        let n = t.utf8.count
        guard n >= 12, n <= 300 else { return nil }
        if let r = t.utf8.withContiguousStorageIfAvailable({ runningHeadHash(t, bytes: $0) }) { return r }
        return slowRunningHeadHash(t)
    }

    /// ``runningHeadHash(_:)`` on the line's bytes: the Character tests answered from bytes where they
    /// are decided by them, else asked of the line.
    private static func runningHeadHash(_ t: Substring, bytes b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = b.count
        // The first Character is a number exactly when its first scalar is; an ASCII byte decides.
        let first = b[0]
        if first < 0x80 ? (first >= 0x30 && first <= 0x39) : t.first!.isNumber { return nil }
        // Ending in `.`: after an ASCII byte (no prepended scalar) the `.` is a Character of its own.
        if b[n - 1] == 0x2E, n == 1 || b[n - 2] < 0x80 || t.hasSuffix(".") { return nil }
        var ascii = 0, scalars = 0, hash: UInt64 = 0xcbf2_9ce4_8422_2325, cr = false
        for i in 0..<n {
            let c = b[i]
            if c < 0x80 { ascii += 1; cr = cr || c == 0x0D }
            if c & 0xC0 != 0x80 { scalars += 1 }
            hash = (hash ^ UInt64(c >= 0x30 && c <= 0x39 ? 0x23 : c)) &* 0x0000_0100_0000_01B3
            if citationFirst[Int(c)], citationBytes.contains(where: { FastText.bytes(b, at: i, are: $0) }) { return nil }
        }
        if ascii == n { return n > 100 ? nil : cr ? maskHash(t) : hash }  // one character per byte, as counted before
        guard FastText.asciiStandsAlone(b) else { return (12...100).contains(t.count) ? maskHash(t) : nil }
        // Each ASCII byte is a Character, and so is at least one more; no Character has fewer than one scalar.
        let fewest = ascii + 1, most = scalars
        if fewest > 100 || most < 12 { return nil }
        if fewest >= 12 && most <= 100 { return hash }
        return (12...100).contains(t.count) ? hash : nil
    }

    /// ``runningHeadHash(_:)`` on Characters (also the reference the byte version is tested against).
    static func slowRunningHeadHash(_ t: Substring) -> UInt64? {
        let n = t.utf8.count
        guard n >= 12, n <= 300, !(t.first?.isNumber ?? true), !t.hasSuffix(".") else { return nil }
        let bytes = Array(t.utf8)
        guard !citationBytes.contains(where: { FastText.contains(bytes, $0) }) else { return nil }
        let c = bytes.allSatisfy({ $0 < 0x80 }) ? n : t.count  // ASCII: one character per byte
        guard c >= 12, c <= 100 else { return nil }
        return maskHash(t)
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

/// Where the furniture expressions match a (trimmed) line.
protocol FurnitureMatches {
    /// The text after a footer starting the line (``PageFurniture/footerPrefix``), or nil.
    func afterFooterPrefix() -> String?
    /// Whether a whole-line expression matches.
    func matchesWholeLine() -> Bool
    /// The text before and after the match of the first embedded expression that matches, or nil.
    func aroundEmbedded() -> (String, String)?
}

extension FurnitureScan: FurnitureMatches {
    func afterFooterPrefix() -> String? { footerPrefixEnd().map { text($0..<count) } }
    func matchesWholeLine() -> Bool { (0..<Self.wholeLineCount).contains(where: matchesWholeLine) }
    func aroundEmbedded() -> (String, String)? {
        for k in 0..<Self.embeddedCount {
            if let r = embeddedMatch(k) { return (text(0..<r.lowerBound), text(r.upperBound..<count)) }
        }
        return nil
    }
}

/// The expressions themselves, for lines ``FurnitureScan`` declines.
struct FurnitureRegexes: FurnitureMatches {
    let line: String

    init(_ line: String) { self.line = line }

    private var ns: NSString { line as NSString }
    private var full: NSRange { NSRange(location: 0, length: ns.length) }

    func afterFooterPrefix() -> String? {
        PageFurniture.footerPrefix.firstMatch(in: line, range: full).map { ns.substring(from: NSMaxRange($0.range)) }
    }

    func matchesWholeLine() -> Bool {
        PageFurniture.wholeLine.contains { $0.firstMatch(in: line, range: full) != nil }
    }

    func aroundEmbedded() -> (String, String)? {
        for r in PageFurniture.embedded {
            if let m = r.firstMatch(in: line, range: full) {
                return (ns.substring(to: m.range.location), ns.substring(from: NSMaxRange(m.range)))
            }
        }
        return nil
    }
}

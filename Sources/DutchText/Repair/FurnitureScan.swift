/// The expressions of ``PageFurniture`` matched by hand on a line's scalars (`NSRegularExpression` is
/// slow on Linux), in the backtracking order of its ICU engine: greedy runs try their longest length
/// first, optional parts are tried present before absent, lazy runs shortest first, and the first
/// success wins; so the matches and their extents are the expressions' own.
///
/// Each matcher takes a start and a continuation (the rest of the expression) and returns where the
/// whole match ends. Only lines on which the character classes below answer as ICU's are scanned
/// (``init(_:)`` declines the others): no control character but the tab (line terminators stop `.` and
/// `$`), and beyond ASCII no decimal digit (`\d`), white space (`\S`), format or unassigned scalar, nor
/// one beyond the Basic Multilingual Plane.
struct FurnitureScan {
    /// The rest of an expression: given where the part before it ended, where the match ends, or nil.
    typealias Next = (Int) -> Int?

    private let s: [UInt32]

    init?(_ line: Substring) {
        var s: [UInt32] = []
        s.reserveCapacity(line.utf8.count)
        for u in line.unicodeScalars {
            guard u.value < 0x80 ? u.value >= 0x20 || u.value == 0x09 : Self.isPlain(u) else { return nil }
            s.append(u.value)
        }
        self.s = s
    }

    private static func isPlain(_ u: Unicode.Scalar) -> Bool {
        guard u.value != 0x85, u.value <= 0xFFFF, !u.properties.isWhitespace else { return false }
        switch u.properties.generalCategory {
        case .decimalNumber, .spaceSeparator, .lineSeparator, .paragraphSeparator, .format, .unassigned, .surrogate:
            return false
        default:
            return true
        }
    }

    var count: Int { s.count }

    /// The text of the scalars in `r`.
    func text(_ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        for c in s[r] { v.append(Unicode.Scalar(c)!) }
        return String(v)
    }

    // MARK: The expressions (see ``PageFurniture``)

    /// Where `^.{0,60}?(Tweede|Eerste) Kamer, vergaderjaar …` (the footer at most 60 scalars in) ends.
    func footerPrefixEnd() -> Int? {
        for start in 0...min(60, s.count) {
            if let e = footer(start, { $0 }) { return e }
        }
        return nil
    }

    static let wholeLineCount = 8

    /// Whether whole-line expression `k` (in ``PageFurniture``'s order) matches the line.
    func matchesWholeLine(_ k: Int) -> Bool {
        func end(_ i: Int) -> Int? { i == s.count ? i : nil }
        switch k {
        case 0:  // ^(ah|kv)-(tk|ek)-[0-9A-Za-z-]+$
            return alt(0, ["ah", "kv"]) { lit($0, "-") { alt($0, ["tk", "ek"]) { lit($0, "-") {
                run($0, 1, .max, { isDigit($0) || isLetter($0) || $0 == 0x2D }, end) } } } } != nil
        case 1:  // ^h (tk|ek) \d{8} \d+$
            return lit(0, "h ") { alt($0, ["tk", "ek"]) { lit($0, " ") { run($0, 8, 8, isDigit) { lit($0, " ") {
                run($0, 1, .max, isDigit, end) } } } } } != nil
        case 2:  // ^.{0,40}ISSN ?\d{4} ?[-–]? ?\d{3}[\dX].*$
            return run(0, 0, 40, isAny) { lit($0, "ISSN") { opt($0, isSpace) { run($0, 4, 4, isDigit) { opt($0, isSpace) {
                opt($0, { $0 == 0x2D || $0 == 0x2013 }) { opt($0, isSpace) { run($0, 3, 3, isDigit) {
                one($0, { isDigit($0) || $0 == 0x58 }) { run($0, 0, .max, isAny, end) } } } } } } } } } != nil
        case 3:  // ^[’'‘`]?s[- ]Gravenhage,? \d{4}$
            return opt(0, { $0 == 0x2019 || $0 == 0x27 || $0 == 0x2018 || $0 == 0x60 }) { lit($0, "s") {
                one($0, { $0 == 0x2D || $0 == 0x20 }) { lit($0, "Gravenhage") { opt($0, { $0 == 0x2C }) { lit($0, " ") {
                run($0, 4, 4, isDigit, end) } } } } } } != nil
        case 4:  // ^(Tweede|Eerste) Kamer der Staten-Generaal ?\d?$
            return alt(0, ["Tweede", "Eerste"]) { lit($0, " Kamer der Staten-Generaal") { opt($0, isSpace) {
                opt($0, isDigit, end) } } } != nil
        case 5:  // ^Aanhangsel tot [bhl]et Verslag van de Handelingen der (Tweede|Eerste) Kamer$
            return lit(0, "Aanhangsel tot ") { one($0, { $0 == 0x62 || $0 == 0x68 || $0 == 0x6C }) {
                lit($0, "et Verslag van de Handelingen der ") { alt($0, ["Tweede", "Eerste"]) { lit($0, " Kamer", end) } } } } != nil
        case 6:  // ^(Deel [IV]+ )?Zitting \d{4} ?[-–—] ?\d{2,4}( Aanhangsel)?$
            func zitting(_ i: Int) -> Int? {
                lit(i, "Zitting ") { run($0, 4, 4, isDigit) { opt($0, isSpace) { one($0, isDash) { opt($0, isSpace) {
                    run($0, 2, 4, isDigit) { lit($0, " Aanhangsel", end) ?? end($0) } } } } } }
            }
            return (lit(0, "Deel ") { run($0, 1, .max, { $0 == 0x49 || $0 == 0x56 }) { lit($0, " ", zitting) } }
                    ?? zitting(0)) != nil
        default:  // ^(TWEEDE|EERSTE) KAMER$
            return alt(0, ["TWEEDE", "EERSTE"]) { lit($0, " KAMER", end) } != nil
        }
    }

    static let embeddedCount = 4

    /// The leftmost match of embedded expression `k` (in ``PageFurniture``'s order).
    func embeddedMatch(_ k: Int) -> Range<Int>? {
        for start in 0..<s.count {
            let e: Int?
            switch k {
            case 0: e = handelingen(start, { $0 })
            case 1: e = footer(start, { $0 })
            case 2: e = aanhangselTot(start, { $0 })
            default: e = issn(start, { $0 })
            }
            if let e { return start..<e }
        }
        return nil
    }

    /// `(Tweede|Eerste) Kamer, vergaderjaar \d{4} ?[-–—] ?\d{2,4}, ?(Aanhangsel|Vragen)( ?\d{1,4}(?!\d))?`
    private func footer(_ i: Int, _ k: Next) -> Int? {
        alt(i, ["Tweede", "Eerste"]) { lit($0, " Kamer, vergaderjaar ") { run($0, 4, 4, isDigit) { opt($0, isSpace) {
            one($0, isDash) { opt($0, isSpace) { run($0, 2, 4, isDigit) { lit($0, ",") { opt($0, isSpace) {
            alt($0, ["Aanhangsel", "Vragen"]) { i in
                opt(i, isSpace) { run($0, 1, 4, isDigit) { digitAt($0) ? nil : k($0) } } ?? k(i)
            } } } } } } } } } }
    }

    /// `(Vel \d+ ?)?Handelingen der Staten-Generaal\.{0,2} ?[—–-]? ?(Zitting )?\d{4} ?[—–-] ?\d{4}\.{0,2}`
    /// `( ?[—–-])?( ?[IVTHl]{1,2}\.?)?( ?'?Aanhangsel\S?)?`
    private func handelingen(_ i: Int, _ k: Next) -> Int? {
        func aanhangsel(_ i: Int) -> Int? {
            opt(i, isSpace) { opt($0, { $0 == 0x27 }) { lit($0, "Aanhangsel") { opt($0, { $0 != 0x20 && $0 != 0x09 }, k) } } }
                ?? k(i)
        }
        func part(_ i: Int) -> Int? {
            opt(i, isSpace) { run($0, 1, 2, { [0x49, 0x56, 0x54, 0x48, 0x6C].contains($0) }) { opt($0, isDot, aanhangsel) } }
                ?? aanhangsel(i)
        }
        func years(_ i: Int) -> Int? {
            run(i, 4, 4, isDigit) { opt($0, isSpace) { one($0, isDash) { opt($0, isSpace) { run($0, 4, 4, isDigit) {
                run($0, 0, 2, isDot) { i in opt(i, isSpace) { one($0, isDash, part) } ?? part(i) } } } } } }
        }
        func body(_ i: Int) -> Int? {
            lit(i, "Handelingen der Staten-Generaal") { run($0, 0, 2, isDot) { opt($0, isSpace) { opt($0, isDash) {
                opt($0, isSpace) { lit($0, "Zitting ", years) ?? years($0) } } } } }
        }
        return lit(i, "Vel ") { run($0, 1, .max, isDigit) { opt($0, isSpace, body) } } ?? body(i)
    }

    /// `AANHANGSEL TOT [BHL]ET VE[RE]SLAG VAN DE HANDELINGEN DER (TWEEDE|EERSTE) KAMER\.?`
    private func aanhangselTot(_ i: Int, _ k: Next) -> Int? {
        lit(i, "AANHANGSEL TOT ") { one($0, { $0 == 0x42 || $0 == 0x48 || $0 == 0x4C }) { lit($0, "ET VE") {
            one($0, { $0 == 0x52 || $0 == 0x45 }) { lit($0, "SLAG VAN DE HANDELINGEN DER ") {
            alt($0, ["TWEEDE", "EERSTE"]) { lit($0, " KAMER") { opt($0, isDot, k) } } } } } } }
    }

    /// `(\d{5,6}[A-Z]? ?)?ISSN ?\d{3,4} ?[-–•·]? ?\d{3}[\dXx](.{0,40}(uitgeverij|Uitgeverij|UITGEVERIJ)[^.?!]{0,60})?`
    private func issn(_ i: Int, _ k: Next) -> Int? {
        func publisher(_ i: Int) -> Int? {
            run(i, 0, 40, isAny) { alt($0, ["uitgeverij", "Uitgeverij", "UITGEVERIJ"]) {
                run($0, 0, 60, { $0 != 0x2E && $0 != 0x3F && $0 != 0x21 }, k) } } ?? k(i)
        }
        func body(_ i: Int) -> Int? {
            lit(i, "ISSN") { opt($0, isSpace) { run($0, 3, 4, isDigit) { opt($0, isSpace) {
                opt($0, { $0 == 0x2D || $0 == 0x2013 || $0 == 0x2022 || $0 == 0xB7 }) { opt($0, isSpace) {
                run($0, 3, 3, isDigit) { one($0, { isDigit($0) || $0 == 0x58 || $0 == 0x78 }, publisher) } } } } } } }
        }
        return run(i, 5, 6, isDigit) { opt($0, { $0 >= 0x41 && $0 <= 0x5A }) { opt($0, isSpace, body) } } ?? body(i)
    }

    // MARK: Matchers

    private func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    private func isLetter(_ c: UInt32) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
    private func isSpace(_ c: UInt32) -> Bool { c == 0x20 }
    private func isDot(_ c: UInt32) -> Bool { c == 0x2E }
    /// `[-–—]`
    private func isDash(_ c: UInt32) -> Bool { c == 0x2D || c == 0x2013 || c == 0x2014 }
    /// `.`: every scalar of a scanned line.
    private func isAny(_ c: UInt32) -> Bool { true }
    private func digitAt(_ i: Int) -> Bool { i < s.count && isDigit(s[i]) }

    /// One scalar of class `x` at `i`, then `k`.
    private func one(_ i: Int, _ x: (UInt32) -> Bool, _ k: Next) -> Int? {
        i < s.count && x(s[i]) ? k(i + 1) : nil
    }

    /// `x?`: one scalar of class `x` at `i` if that lets `k` match, else none.
    private func opt(_ i: Int, _ x: (UInt32) -> Bool, _ k: Next) -> Int? {
        if i < s.count, x(s[i]), let e = k(i + 1) { return e }
        return k(i)
    }

    /// `x{lo,hi}`, greedy: the longest run of class `x` at `i` that lets `k` match.
    private func run(_ i: Int, _ lo: Int, _ hi: Int, _ x: (UInt32) -> Bool, _ k: Next) -> Int? {
        var n = 0
        while n < hi, i + n < s.count, x(s[i + n]) { n += 1 }
        while n >= lo {
            if let e = k(i + n) { return e }
            n -= 1
        }
        return nil
    }

    /// The literal `l` at `i`, then `k`.
    private func lit(_ i: Int, _ l: StaticString, _ k: Next) -> Int? {
        var j = i
        let matched = l.withUTF8Buffer { bytes -> Bool in  // the literals are ASCII
            for b in bytes {
                guard j < s.count, s[j] == UInt32(b) else { return false }
                j += 1
            }
            return true
        }
        return matched ? k(j) : nil
    }

    /// `(a|b|…)`: the first literal that lets `k` match.
    private func alt(_ i: Int, _ ls: [StaticString], _ k: Next) -> Int? {
        for l in ls {
            if let e = lit(i, l, k) { return e }
        }
        return nil
    }
}

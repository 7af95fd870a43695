#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small byte-level helpers for the hot paths of repair (Foundation's bridged string search and
/// trimming are slow on Linux).
public enum FastText {
    /// `s` without leading and trailing spaces and tabs.
    public static func trimSpaces<S: StringProtocol>(_ s: S) -> Substring where S.SubSequence == Substring {
        // A Character that is a space or tab starts (first) or ends (last) with that byte: when neither
        // end byte is one, there is nothing to trim.
        var t = s[...]
        if let f = t.utf8.first, f != 0x20, f != 0x09, let l = t.utf8.last, l != 0x20, l != 0x09 { return t }
        while let f = t.first, f == " " || f == "\t" { t = t.dropFirst() }
        while let l = t.last, l == " " || l == "\t" { t = t.dropLast() }
        return t
    }

    /// Whether the UTF-8 of `s` holds the byte `b`.
    public static func containsByte(_ s: String, _ b: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.count > 0 && memchr($0.baseAddress!, Int32(b), $0.count) != nil }
            ?? s.utf8.contains(b)
    }

    /// Whether `s` has a hyphen followed by a space (`declaratiesys- teem`), on bytes.
    public static func hasHyphenBeforeSpace(_ s: String) -> Bool {
        hasByte(UInt8(ascii: "-"), in: s, followedBy: { $0 == UInt8(ascii: " ") })
    }

    /// Whether the UTF-8 of `s` has the byte `b` followed by a byte that `next` accepts (`b` found with
    /// memchr: fast when it is rare).
    public static func hasByte(_ b: UInt8, in s: String, followedBy next: (UInt8) -> Bool) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { buf in
            guard let base = buf.baseAddress, buf.count >= 2 else { return false }
            var k = 0
            while let hit = memchr(base + k, Int32(b), buf.count - 1 - k) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if next(buf[i + 1]) { return true }
                k = i + 1
            }
            return false
        } ?? zip(s.utf8, s.utf8.dropFirst()).contains { $0 == b && next($1) }
    }

    /// Whether `buf` holds `length` (1–3) bytes `b` in a row, found with memchr.
    static func containsRun(of b: UInt8, length: Int, in buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buf.baseAddress else { return false }
        let n = buf.count
        var k = 0
        while k + length <= n, let hit = memchr(base + k, Int32(b), n - k) {
            let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard i + length <= n else { return false }
            var run = 1
            while run < length, buf[i + run] == b { run += 1 }
            if run == length { return true }
            // The byte after the run is no `b`: no run starts before it.
            k = i + run + 1
        }
        return false
    }

    /// Whether `haystack` contains the bytes of `needle`.
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// Whether `needle` is the bytes of `haystack` at `i`.
    @inline(__always)
    public static func bytes(_ haystack: UnsafeBufferPointer<UInt8>, at i: Int, are needle: [UInt8]) -> Bool {
        guard i + needle.count <= haystack.count else { return false }
        for k in needle.indices where haystack[i + k] != needle[k] { return false }
        return true
    }

    /// Whether the byte at `i` is one of the ASCII characters of `set`.
    @inline(__always)
    public static func bytes(_ buf: UnsafeBufferPointer<UInt8>, at i: Int, areOneOf set: StaticString) -> Bool {
        let b = buf[i]
        return set.withUTF8Buffer { $0.contains(b) }
    }

    /// Whether `haystack` contains the bytes of `needle`.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// The offset of the first occurrence of the bytes of `needle` in `haystack`. The candidates are
    /// found with memchr on the needle's byte likely rarest in Dutch text (``rareByteOffset(_:)``), then
    /// compared with memcmp, in order: the first that matches is the first occurrence.
    public static func firstOffset(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return nil }
        let last = haystack.count - needle.count
        let r = rareByteOffset(needle)
        let key = Int32(needle[r])
        return needle.withUnsafeBufferPointer { nb in
            var i = 0
            while i <= last, let hit = memchr(base + i + r, key, last - i + 1) {
                let p = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - r
                if memcmp(base + p, nb.baseAddress!, nb.count) == 0 { return p }
                i = p + 1
            }
            return nil
        }
    }

    /// Lower-case ASCII letters from rare to common in Dutch text.
    private static let letterRank: [UInt8] = {
        var rank = [UInt8](repeating: 0, count: 26)
        for (k, b) in "qxyfczjwpbumkhvglsdoritane".utf8.enumerated() { rank[Int(b - 0x61)] = UInt8(k) }
        return rank
    }()

    /// The offset of the byte of `needle` likely rarest in Dutch text: any byte but a space or a
    /// lower-case letter, else the rarest lower-case letter, else the first byte (a speed choice only).
    static func rareByteOffset(_ needle: [UInt8]) -> Int {
        var best = 0, bestRank = Int.max
        for (k, b) in needle.enumerated() {
            let rank = b == 0x20 ? 100 : b &- 0x61 < 26 ? 10 + Int(letterRank[Int(b - 0x61)]) : 0
            if rank < bestRank { best = k; bestRank = rank }
        }
        return best
    }
}

extension FastText {
    /// Whether the scalar starting at byte `i` of `bytes` would join the Character before it (a
    /// combining mark, ZWJ, variation selector, spacing mark or emoji modifier). Byte-level code that
    /// treats an ASCII byte as one Character is exact when this is false for the byte after it.
    /// Conservative: may answer true for a few scalars that do not join.
    @inlinable
    public static func joinsPrevious<C: Collection>(_ bytes: C, at i: C.Index) -> Bool where C.Element == UInt8 {
        guard i != bytes.endIndex, bytes[i] >= 0x80 else { return false }
        return joinsPreviousCommon(bytes, at: i) ?? joinsPreviousSlow(bytes, at: i)
    }

    /// ``joinsPreviousSlow(_:at:)`` from tables made with it, for the common scalars of Dutch text:
    /// U+0080–U+05FF (two bytes) and U+2000–U+203F (dashes, quotes); nil for any other.
    @inlinable
    static func joinsPreviousCommon<C: Collection>(_ bytes: C, at i: C.Index) -> Bool? where C.Element == UInt8 {
        let b = bytes[i]
        let j = bytes.index(after: i)
        guard j != bytes.endIndex, bytes[j] & 0xC0 == 0x80 else { return nil }
        if b >= 0xC2 && b <= 0xD7 { return twoByteJoins[Int(b & 0x1F) << 6 | Int(bytes[j] & 0x3F) - 0x80] }
        guard b == 0xE2, bytes[j] == 0x80 else { return nil }
        let k = bytes.index(after: j)
        guard k != bytes.endIndex, bytes[k] & 0xC0 == 0x80 else { return nil }
        return punctuationJoins[Int(bytes[k] & 0x3F)]
    }

    /// ``joinsPreviousSlow(_:at:)`` of U+0080–U+05FF, by scalar value less 0x80.
    @usableFromInline static let twoByteJoins: [Bool] = (0x80..<0x600).map { scalarJoinsPrevious(UInt32($0)) }
    /// ``joinsPreviousSlow(_:at:)`` of U+2000–U+203F, by scalar value less 0x2000.
    @usableFromInline static let punctuationJoins: [Bool] = (0x2000..<0x2040).map { scalarJoinsPrevious(UInt32($0)) }

    private static func scalarJoinsPrevious(_ v: UInt32) -> Bool {
        joinsPreviousSlow(Array(String(Unicode.Scalar(v)!).utf8), at: 0)
    }

    @usableFromInline @inline(never)
    static func joinsPreviousSlow<C: Collection>(_ bytes: C, at i: C.Index) -> Bool where C.Element == UInt8 {
        var it = bytes[i...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let s) = decoder.decode(&it) else { return false }
        if s.value == 0x200D || (0x1F3FB...0x1F3FF).contains(s.value) { return true }
        let p = s.properties
        if p.isGraphemeExtend { return true }
        switch p.generalCategory {
        case .spacingMark, .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether every ASCII byte of `bytes` is a Character of its own: no CR (CR LF is one Character), no
    /// scalar that joins the one before it, and none that may join the one after it (Prepend, only in
    /// U+0600–08FF, U+0D4E and above U+10FFF). Then ASCII tests on bytes (digits, spaces, `.`) answer as
    /// the same tests on Characters. Conservative: may answer false for some harmless text.
    @inlinable
    public static func asciiStandsAlone<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        if let r = bytes.withContiguousStorageIfAvailable({ asciiStandsAloneBuffer($0) }) { return r }
        return asciiStandsAloneBuffer(bytes)
    }

    @inlinable
    static func asciiStandsAloneBuffer<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { return false }
            } else if b >= 0xC0 {
                if (b >= 0xD8 && b <= 0xE0) || b >= 0xF0 { return false }
                if joinsPreviousCommon(bytes, at: i) ?? joinsPreviousSlow(bytes, at: i) { return false }
            }
            i = bytes.index(after: i)
        }
        return true
    }

    /// Whether some word of `line` (split at spaces) may end in a footnote marker: an ASCII digit or a
    /// superscript digit followed only by `.,;:?!)` before a space or the line end. False means
    /// ``FootnoteMarkers/marker(in:)`` finds nothing in any word of the line.
    @inlinable
    public static func mayHaveMarker<C: BidirectionalCollection>(_ line: C) -> Bool where C.Element == UInt8 {
        if let r = line.withContiguousStorageIfAvailable({ mayHaveDigitByte($0) && mayHaveMarkerBuffer($0) }) { return r }
        return mayHaveMarkerBuffer(line)
    }

    /// The offset of the first byte at or after `from` that, its top bit cleared, is an ASCII digit (see
    /// ``mayHaveDigitByte(_:)``), or nil. Eight bytes at a time.
    static func nextDigitByte(in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        var i = from
        while i + 8 <= n {
            let y = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x7F7F_7F7F_7F7F_7F7F
            let hits = (y &+ 0x5050_5050_5050_5050) & ~(y &+ 0x4646_4646_4646_4646) & 0x8080_8080_8080_8080
            // Little-endian: the lowest set bit is the first byte.
            if hits != 0 { return i + (hits.littleEndian.trailingZeroBitCount >> 3) }
            i += 8
        }
        while i < n {
            if (b[i] & 0x7F) &- 0x30 < 10 { return i }
            i += 1
        }
        return nil
    }

    /// Whether some byte, its top bit cleared, is an ASCII digit: an ASCII digit, or a continuation byte
    /// B0–B9 (as the last bytes of the superscript digits are). Without one, ``mayHaveMarker(_:)`` is
    /// false. Eight bytes at a time.
    @usableFromInline
    static func mayHaveDigitByte(_ b: UnsafeBufferPointer<UInt8>) -> Bool { nextDigitByte(in: b, from: 0) != nil }

    @inlinable
    static func mayHaveMarkerBuffer<C: BidirectionalCollection>(_ line: C) -> Bool where C.Element == UInt8 {
        var i = line.endIndex
        // Walk back over each word end: end of line, or a position before a space.
        while true {
            var j = i
            while j > line.startIndex {
                let b = line[line.index(before: j)]
                guard b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x3F || b == 0x21 || b == 0x29 else { break }
                j = line.index(before: j)
            }
            if j > line.startIndex {
                let k = line.index(before: j)
                let b = line[k]
                if b >= 0x30 && b <= 0x39 { return true }
                // Superscripts: ¹²³ are C2 B9/B2/B3, ⁰⁴…⁹ are E2 81 B0/B4…B9.
                if (b == 0xB9 || b == 0xB2 || b == 0xB3 || b == 0xB0 || (b >= 0xB4 && b <= 0xB9)), k > line.startIndex {
                    let p = line[line.index(before: k)]
                    if p == 0xC2 || p == 0x81 { return true }
                }
            }
            // Next word end: the previous space.
            guard i > line.startIndex else { return false }
            var s = line.index(before: i)
            while line[s] != 0x20 {
                guard s > line.startIndex else { return false }
                s = line.index(before: s)
            }
            i = s
        }
    }

    /// The lines of `text` (split at LF, the page-break form feed kept as a line of its own:
    /// `"\u{0C}"` becomes `"\n\u{0C}\n"` first) with spaces and tabs trimmed; nil when the text's ASCII
    /// bytes are not all Characters of their own (then the caller splits on Characters).
    public static func trimmedLines(_ text: String, pageBreaksOnOwnLine: Bool) -> [String]? {
        guard asciiStandsAlone(text.utf8) else { return nil }
        var text = text
        return text.withUTF8 { buf in
            var lines: [String] = []
            lines.reserveCapacity(buf.count / 40)
            func add(_ lo: Int, _ hi: Int) {
                var lo = lo, hi = hi
                while lo < hi, buf[lo] == 0x20 || buf[lo] == 0x09 { lo += 1 }
                while hi > lo, buf[hi - 1] == 0x20 || buf[hi - 1] == 0x09 { hi -= 1 }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: buf[lo..<hi]), as: UTF8.self))
            }
            var start = 0
            for k in 0..<buf.count {
                let b = buf[k]
                if b == 0x0A {
                    add(start, k); start = k + 1
                } else if b == 0x0C, pageBreaksOnOwnLine {
                    add(start, k); lines.append("\u{0C}"); start = k + 1
                }
            }
            add(start, buf.count)
            return lines
        }
    }

    /// The text of `bytes` when they are valid UTF-8, else nil. Decoding repairs invalid sequences with
    /// U+FFFD, so the bytes are valid exactly when the decoded text has the same bytes.
    public static func validUTF8(_ bytes: [UInt8]) -> String? {
        let s = String(decoding: bytes, as: UTF8.self)
        let same = s.utf8.withContiguousStorageIfAvailable { decoded in
            decoded.count == bytes.count && bytes.withUnsafeBufferPointer { memcmp(decoded.baseAddress!, $0.baseAddress!, bytes.count) == 0 }
        } ?? s.utf8.elementsEqual(bytes)
        return same ? s : nil
    }
}

import DutchText

/// Foundation's search of `text.lowercased()` for lower-case ASCII needles, carried back to `text` as a
/// Character offset, done on the bytes of `text` where that surely answers the same.
enum LowercasedSearch {
    enum Outcome: Equatable {
        /// No needle occurs in the lower-cased text.
        case absent
        /// The end in `text` of the earliest match.
        case end(String.Index)
        /// Not decided on bytes: the caller searches the lower-cased text itself.
        case declined
    }

    /// The earliest match of any of `needles` (lower-case ASCII letters and spaces, no `k`) in the
    /// lower-cased `text`. Lower-casing maps ASCII to ASCII and no other Character to an ASCII letter
    /// but `K` (Kelvin, to `k`) and `İ` (to `i` and a combining dot, which no needle matches), so a match
    /// is one on the ASCII-lower-cased bytes. It ends at the same Character offset in `text` when
    /// the ASCII bytes before its end are Characters of their own; declined otherwise, or when a byte
    /// beyond ASCII follows it (it might join the match's last Character).
    static func end(in text: String, of needles: [[UInt8]]) -> Outcome {
        text.utf8.withContiguousStorageIfAvailable { b -> Outcome in
            var best: (offset: Int, count: Int)? = nil
            for n in needles {
                if let o = firstOffset(of: n, inLowercased: b), best == nil || o < best!.offset { best = (o, n.count) }
            }
            guard let best else { return .absent }
            let end = best.offset + best.count
            // Lower-casing keeps each Character one Character (`İ` becomes `i` and a combining dot), so
            // the Character offset is that of `text` when its ASCII bytes are Characters of their own.
            guard FastText.asciiStandsAlone(UnsafeBufferPointer(rebasing: b[0..<end])) else { return .declined }
            if end < b.count, b[end] >= 0x80 { return .declined }
            return .end(text.utf8.index(text.startIndex, offsetBy: end))
        } ?? .declined
    }

    /// The offset of the first occurrence of `needle` in `b` with its ASCII capitals made lower-case.
    static func firstOffset(of needle: [UInt8], inLowercased b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= b.count else { return nil }
        @inline(__always) func lower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }
        var i = 0
        let last = b.count - needle.count
        outer: while i <= last {
            if lower(b[i]) == first {
                var k = 1
                while k < needle.count {
                    if lower(b[i + k]) != needle[k] { i += 1; continue outer }
                    k += 1
                }
                return i
            }
            i += 1
        }
        return nil
    }
}

/// Identifiers in a Kamervragen text: `ah-tk-20192020-123`, `kv-tk-2024Z18659`, zaak numbers
/// `2024Z18294` (also written `2024Z 17972`), document numbers `2022D31072`, Word headers `AH 617`;
/// normalised without inner spaces, in order of first appearance.
enum Identifiers {
    static func find(in text: String) -> [String] {
        var text = text
        return text.withUTF8(find(in:))
    }

    private static func find(in b: UnsafeBufferPointer<UInt8>) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        func add(_ s: String) { if seen.insert(s).inserted { out.append(s) } }
        func isAlnum(_ i: Int) -> Bool {
            guard i >= 0, i < b.count else { return false }
            let c = b[i]
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        }
        func digits(_ i: Int, _ n: Int) -> Bool {
            guard i + n <= b.count else { return false }
            for k in i..<(i + n) where !(b[k] >= 0x30 && b[k] <= 0x39) { return false }
            return true
        }
        var i = 0
        while i < b.count {
            // Each pattern below needs `-` two bytes on (`ah-`), `Z` or `D` four bytes on (`2024Z`), or `A`
            // (`AH 617`); all are rare in text: skip any other position at once, four at a time where the
            // next eight bytes hold none of them.
            if i + 8 <= b.count, !anchorIn8(b, i) { i += 4; continue }
            guard b[i] == 0x41 || (i + 2 < b.count && b[i + 2] == 0x2D)
                    || (i + 4 < b.count && (b[i + 4] == 0x5A || b[i + 4] == 0x44)) else { i += 1; continue }
            // ah-tk- / kv-tk- / ah-ek-
            if i + 6 <= b.count, b[i + 2] == 0x2D, b[i + 5] == 0x2D,
               (b[i] == 0x61 && b[i + 1] == 0x68) || (b[i] == 0x6B && b[i + 1] == 0x76), !isAlnum(i - 1) {
                var j = i + 6
                while j < b.count, isAlnum(j) || (b[j] == 0x2D && isAlnum(j + 1)) { j += 1 }
                if j > i + 7 { add(String(decoding: b[i..<j], as: UTF8.self)); i = j; continue }
            }
            // 2024Z18294, 2024Z 17972, 2022D31072
            if i + 4 < b.count, b[i + 4] == 0x5A || b[i + 4] == 0x44, digits(i, 4), !isAlnum(i - 1) {
                var j = i + 5
                if j < b.count, b[j] == 0x20 { j += 1 }
                if digits(j, 5), !isAlnum(j + 5) {
                    add(String(decoding: b[i..<(i + 5)], as: UTF8.self) + String(decoding: b[j..<(j + 5)], as: UTF8.self))
                    i = j + 5; continue
                }
            }
            // AH 617 (Word-file header, at a line start)
            if b[i] == 0x41, i + 3 < b.count, b[i + 1] == 0x48, b[i + 2] == 0x20, i == 0 || b[i - 1] == 0x0A {
                var j = i + 3
                while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
                if j > i + 3, j == b.count || b[j] == 0x0A || b[j] == 0x20 || b[j] == 0x0D {
                    add("AH" + String(decoding: b[(i + 3)..<j], as: UTF8.self)); i = j; continue
                }
            }
            i += 1
        }
        return out
    }

    /// Whether one of the 8 bytes from `i` is `-`, `Z`, `D` or `A` (tested on a word at once).
    @inline(__always)
    private static func anchorIn8(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
        func hasByte(_ c: UInt8) -> Bool {
            let x = w ^ (UInt64(c) &* 0x0101_0101_0101_0101)
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0  // some byte of x is zero
        }
        return hasByte(0x2D) || hasByte(0x5A) || hasByte(0x44) || hasByte(0x41)
    }
}

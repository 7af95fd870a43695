/// Character-level repair: NFC, then targeted mappings (not blanket NFKC, which would turn
/// `Nederland¹` into `Nederland1` and keep soft hyphens).
///
/// - ligatures U+FB00–FB06 → letters; `Ĳ ĳ` → `IJ ij`;
/// - CRLF and CR → LF; NBSP, thin and other odd spaces, tabs → space; zero-width characters removed;
/// - U+2010/U+2011 (hyphen, non-breaking hyphen) → `-`;
/// - soft hyphen U+00AD removed, except at a line end where it marks a line-break hyphen (the
///   dehyphenator joins it);
/// - other control characters → space (LF and form feed, the page break, stay).
public enum CharacterCleanup {
    public static func clean(_ text: String) -> String {
        if let fast = cleanBytes(text) { return fast }
        return cleanScalars(text)
    }

    /// ``clean(_:)`` for any text: Foundation NFC, then the mappings scalar by scalar.
    static func cleanScalars(_ text: String) -> String {
        let nfc = text.precomposedStringWithCanonicalMapping
        let scalars = Array(nfc.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            switch s.value {
            case 0x0D:
                out.append("\n")
                if i + 1 < scalars.count, scalars[i + 1].value == 0x0A { i += 1 }
            case 0x0A, 0x0C:
                out.append(s)
            case 0x09, 0x0B, 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                out.append(" ")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                break
            case 0x2010, 0x2011:
                out.append("-")
            case 0x00AD:
                if atLineEnd(scalars, after: i) { out.append(s) }
            case 0xFB00: out.append(contentsOf: "ff".unicodeScalars)
            case 0xFB01: out.append(contentsOf: "fi".unicodeScalars)
            case 0xFB02: out.append(contentsOf: "fl".unicodeScalars)
            case 0xFB03: out.append(contentsOf: "ffi".unicodeScalars)
            case 0xFB04: out.append(contentsOf: "ffl".unicodeScalars)
            case 0xFB05, 0xFB06: out.append(contentsOf: "st".unicodeScalars)
            case 0x0132: out.append(contentsOf: "IJ".unicodeScalars)
            case 0x0133: out.append(contentsOf: "ij".unicodeScalars)
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                out.append(" ")
            default:
                out.append(s)
            }
            i += 1
        }
        return String(out)
    }

    /// Whether only spaces follow scalar `i` before the end of its line.
    private static func atLineEnd(_ scalars: [Unicode.Scalar], after i: Int) -> Bool {
        var j = i + 1
        while j < scalars.count {
            switch scalars[j].value {
            case 0x20, 0x09, 0x00A0: j += 1
            case 0x0A, 0x0D, 0x0C: return true
            default: return false
            }
        }
        return true
    }

    /// ``clean(_:)`` on bytes for text whose scalars are all NFC-stable starters that compose with
    /// nothing (ASCII, U+0080–023F, U+2000–20BF, U+FB00–FB06, U+FEFF: nearly every Dutch text), so NFC
    /// is the identity; nil for other text.
    ///
    /// One pass: runs of bytes that stay as they are are copied whole, and text in which nothing
    /// changes (most of it) is returned as it is, without a copy.
    static func cleanBytes(_ text: String) -> String? {
        var text = text
        var changed = false
        let cleaned = text.withUTF8 { b -> [UInt8]? in
            let n = b.count
            var out: [UInt8] = []
            /// Bytes before `copied` are in `out` (or were dropped).
            var copied = 0
            /// Whether only spaces, tabs and NBSPs follow byte `j` before the end of its line.
            func atLineEnd(_ j: Int) -> Bool {
                var k = j
                while k < n {
                    switch b[k] {
                    case 0x20, 0x09: k += 1
                    case 0xC2 where k + 1 < n && b[k + 1] == 0xA0: k += 2
                    case 0x0A, 0x0D, 0x0C: return true
                    default: return false
                    }
                }
                return true
            }
            /// Starts a replacement at byte `i`: the unchanged bytes before it go to `out`.
            func flush(_ i: Int) {
                if !changed { changed = true; out.reserveCapacity(n) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<i]))
            }
            func ascii(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
            var i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    // Printable ASCII, LF and form feed stay.
                    if (c >= 0x20 && c != 0x7F) || c == 0x0A || c == 0x0C { i += 1; continue }
                    flush(i)
                    if c == 0x0D {
                        out.append(0x0A)
                        if i + 1 < n, b[i + 1] == 0x0A { i += 1 }
                    } else {
                        out.append(0x20)
                    }
                    i += 1
                } else if c >= 0xC2 && c <= 0xC8 {
                    let d = b[i + 1]
                    if c == 0xC2 && (d == 0xA0 || d <= 0x9F) { flush(i); out.append(0x20) }
                    else if c == 0xC2 && d == 0xAD { flush(i); if atLineEnd(i + 2) { out.append(c); out.append(d) } }
                    else if c == 0xC4 && d == 0xB2 { flush(i); ascii("IJ") }
                    else if c == 0xC4 && d == 0xB3 { flush(i); ascii("ij") }
                    else { i += 2; continue }
                    i += 2
                } else if c == 0xE2, i + 1 < n, b[i + 1] >= 0x80, b[i + 1] <= 0x82 {
                    let d = b[i + 1], e = b[i + 2]
                    if d == 0x80 {
                        switch e {
                        case 0x80...0x8A, 0xAF: flush(i); out.append(0x20)
                        case 0x8B, 0x8C, 0x8D: flush(i)
                        case 0x90, 0x91: flush(i); out.append(0x2D)
                        default: i += 3; continue
                        }
                    } else if d == 0x81 && e == 0x9F {
                        flush(i); out.append(0x20)
                    } else if d == 0x81 && e == 0xA0 {
                        flush(i)  // U+2060 word joiner: removed.
                    } else {
                        i += 3; continue
                    }
                    i += 3
                } else if c == 0xEF, i + 2 < n, b[i + 1] == 0xAC && b[i + 2] <= 0x86 {
                    flush(i)
                    switch b[i + 2] {
                    case 0x80: ascii("ff")
                    case 0x81: ascii("fi")
                    case 0x82: ascii("fl")
                    case 0x83: ascii("ffi")
                    case 0x84: ascii("ffl")
                    default: ascii("st")
                    }
                    i += 3
                } else if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB && b[i + 2] == 0xBF {
                    flush(i)  // U+FEFF: removed.
                    i += 3
                } else {
                    return nil
                }
                copied = i
            }
            if changed { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<n])) }
            return out
        }
        guard let cleaned else { return nil }
        return changed ? String(decoding: cleaned, as: UTF8.self) : text
    }
}

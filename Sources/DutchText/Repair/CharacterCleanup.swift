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
}

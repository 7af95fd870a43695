/// The folding that `unicode61 remove_diacritics 2` does not do, applied to its token bytes.
///
/// unicode61 already lower-cases and strips diacritics (`Coördinator` → `coordinator`, NFC and NFD
/// alike). It leaves these, which Repair normally removes but which may still reach the tokenizer:
/// - `ĳ`/`Ĳ` (U+0133/U+0132) → `ij`;
/// - the Latin ligatures U+FB00–FB06 (`ﬁ` → `fi`, `ﬀ` → `ff`, `ﬃ` → `ffi`, `ﬅ`/`ﬆ` → `st`, …);
/// - the soft hyphen U+00AD, removed (the tokenizer declares it a token character so that
///   `regis\u{AD}tratie` stays one word).
///
/// Folding never makes a token longer, so an output buffer of the input's size always suffices.
public enum TokenFolding {
    /// Whether `bytes` (UTF-8) contain anything ``fold(_:into:)`` would change. ASCII is the fast path.
    @inline(__always)
    public static func needsFolding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0xC2, b <= 0xEF, leadFolds(bytes, at: i) { return true }
            i += 1
        }
        return false
    }

    @inline(__always)
    private static func leadFolds(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        guard i + 1 < bytes.count else { return false }
        let c = bytes[i + 1]
        switch b {
        case 0xC2: return c == 0xAD                                  // U+00AD soft hyphen
        case 0xC4: return c == 0xB2 || c == 0xB3                     // U+0132/U+0133 Ĳ ĳ
        case 0xEF: return c == 0xAC && i + 2 < bytes.count && bytes[i + 2] <= 0x86  // U+FB00–FB06
        default: return false
        }
    }

    private static let ligatures: [[UInt8]] = [
        Array("ff".utf8), Array("fi".utf8), Array("fl".utf8), Array("ffi".utf8), Array("ffl".utf8),
        Array("st".utf8), Array("st".utf8),
    ]

    /// Writes the folded form of `bytes` into `out` (capacity at least `bytes.count`); returns its length.
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var i = 0, o = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0xC2, b <= 0xEF, leadFolds(bytes, at: i) {
                switch b {
                case 0xC2:
                    i += 2
                case 0xC4:
                    out[o] = UInt8(ascii: "i"); out[o + 1] = UInt8(ascii: "j"); o += 2; i += 2
                default:
                    for x in ligatures[Int(bytes[i + 2] - 0x80)] { out[o] = x; o += 1 }
                    i += 3
                }
            } else {
                out[o] = b; o += 1; i += 1
            }
        }
        return o
    }

    /// The full fold of a string for callers outside FTS5: lower-case, diacritics stripped (as
    /// unicode61 does), then the mappings above.
    public static func fold(_ text: String) -> String {
        let folded = Array(Lexicon.fold(text).utf8)
        return folded.withUnsafeBufferPointer { buf in
            guard needsFolding(buf) else { return String(decoding: buf, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: max(buf.count, 1), initializingUTF8With: { (out: UnsafeMutableBufferPointer<UInt8>) -> Int in
                fold(buf, into: out.baseAddress!)
            })
        }
    }
}

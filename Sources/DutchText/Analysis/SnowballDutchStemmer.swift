// Martin Porter's Dutch stemming algorithm (Snowball 3.x `dutch_porter`; libstemmer 2.x `dutch`),
// written for this project from the algorithm's published description
// (https://snowballstem.org/algorithms/dutch/stemmer.html). No Snowball-generated code is used.
//
// Outline (positions count characters, not bytes):
//   prelude   ä á → a, ë é → e, ï í → i, ö ó → o, ü ú → u (è stays: it is a vowel);
//             initial y, y after a vowel, and i between vowels become the markers Y / I.
//   regions   R1 after the first non-vowel following a vowel, but at least 3 letters in;
//             R2 the same, measured again from R1's (unadjusted) start.
//   step 1    heden → heid (R1); en / ene after a valid en-ending (R1), then undouble;
//             s / se after a valid s-ending (R1).
//   step 2    e after a non-vowel (R1), then undouble; remembers whether an e went.
//   step 3a   heid (R2, not after c), then a preceding en as in step 1.
//   step 3b   end / ing (R2), then ig (R2, not after e) or undouble; ig (R2, not after e);
//             lijk (R2), then step 2 again; baar (R2); bar (R2, only if step 2 removed an e).
//   step 4    …C VV D → …C V D for VV in aa ee oo uu, C a non-vowel, D a non-vowel other than I.
//   postlude  I → i, Y → y.
// For speed the accent part of the prelude runs while decoding UTF-8 and the postlude while encoding.

/// Martin Porter's Dutch stemmer (Snowball `dutch_porter`) in pure Swift, on lower-case UTF-8.
///
/// Input must be lower-case (NFC): upper-case `I` and `Y` are the algorithm's internal markers and come
/// out lower-cased. Bytes that are not valid UTF-8 are kept as they are and count as non-vowels.
public enum SnowballDutchStemmer {
    /// Porter's Dutch stem of a lower-case word.
    public static func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            withStem(of: bytes) { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Calls `body` with the stem of the lower-case UTF-8 `word`; the bytes are valid only during the call.
    /// Works in stack scratch space for ordinary words (no heap allocation).
    @inlinable
    public static func withStem<R>(
        of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        if word.isEmpty { return body(word) }
        // The stem is never longer than the word.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { out in
            let n = _stem(word, into: out.baseAddress!)
            return body(UnsafeBufferPointer(start: out.baseAddress, count: n))
        }
    }

    /// Writes the stem of the non-empty `word` to `out` (room for `word.count` bytes); returns its length.
    @usableFromInline
    static func _stem(_ word: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        // One scalar per character: never more characters than bytes.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: word.count) { chars in
            let w = chars.baseAddress!
            return encode(w, stemScalars(w, decode(word, into: w)), into: out)
        }
    }

    // MARK: - Characters

    private static let a: UInt32 = 0x61, c: UInt32 = 0x63, d: UInt32 = 0x64, e: UInt32 = 0x65
    private static let g: UInt32 = 0x67, i: UInt32 = 0x69, j: UInt32 = 0x6A, k: UInt32 = 0x6B
    private static let m: UInt32 = 0x6D, o: UInt32 = 0x6F, t: UInt32 = 0x74, u: UInt32 = 0x75
    private static let y: UInt32 = 0x79
    /// The prelude's markers: `I` (i between vowels), `Y` (initial y, y after a vowel).
    private static let markI: UInt32 = 0x49, markY: UInt32 = 0x59
    /// `è`, the one accented vowel the prelude keeps.
    private static let eGrave: UInt32 = 0xE8
    /// Invalid UTF-8 bytes are carried as `rawByteTag | byte` (a surrogate value, never a decoded scalar).
    private static let rawByteTag: UInt32 = 0xDC00

    /// Vowels: a e i o u y è (the markers I and Y are not vowels).
    @inline(__always)
    private static func isVowel(_ ch: UInt32) -> Bool {
        switch ch {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0xE8: return true
        default: return false
        }
    }

    // MARK: - UTF-8

    /// Decodes `bytes` into one scalar per character, doing the prelude's accent removal on the way
    /// (ä á → a, ë é → e, ï í → i, ö ó → o, ü ú → u; è and every other character stay); returns the
    /// character count.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into w: UnsafeMutablePointer<UInt32>) -> Int {
        let n = bytes.count
        var p = 0, q = 0
        while p < n {
            let b0 = bytes[p]
            if b0 < 0x80 {
                w[q] = UInt32(b0); p += 1
            } else if b0 >= 0xC2, b0 < 0xE0, p + 1 < n, bytes[p + 1] & 0xC0 == 0x80 {
                w[q] = unaccented(UInt32(b0 & 0x1F) << 6 | UInt32(bytes[p + 1] & 0x3F)); p += 2
            } else if let (scalar, size) = decodeLong(bytes, p, b0) {
                w[q] = scalar; p += size
            } else {
                w[q] = rawByteTag | UInt32(b0); p += 1
            }
            q += 1
        }
        return q
    }

    /// The prelude's accent removal on one 2-byte character.
    @inline(__always)
    private static func unaccented(_ ch: UInt32) -> UInt32 {
        switch ch {
        case 0xE4, 0xE1: return a
        case 0xEB, 0xE9: return e
        case 0xEF, 0xED: return i
        case 0xF6, 0xF3: return o
        case 0xFC, 0xFA: return u
        default: return ch
        }
    }

    /// A valid 3- or 4-byte sequence at `p` (no overlongs, surrogates or values past U+10FFFF).
    private static func decodeLong(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int, _ b0: UInt8) -> (UInt32, Int)? {
        let n = bytes.count
        if b0 >= 0xE0, b0 < 0xF0, p + 2 < n {
            let b1 = bytes[p + 1], b2 = bytes[p + 2]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
            let s = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
            guard s >= 0x800, !(0xD800...0xDFFF).contains(s) else { return nil }
            return (s, 3)
        }
        if b0 >= 0xF0, b0 < 0xF5, p + 3 < n {
            let b1 = bytes[p + 1], b2 = bytes[p + 2], b3 = bytes[p + 3]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return nil }
            let s = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
            guard s >= 0x10000, s <= 0x10FFFF else { return nil }
            return (s, 4)
        }
        return nil
    }

    /// Encodes `length` scalars as UTF-8 into `out`, doing the postlude on the way (I → i, Y → y);
    /// returns the byte count.
    private static func encode(_ w: UnsafeMutablePointer<UInt32>, _ length: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var q = 0
        for p in 0..<length {
            let s = w[p]
            if s < 0x80 {
                out[q] = s == markI ? UInt8(i) : s == markY ? UInt8(y) : UInt8(s); q += 1
            } else if s < 0x800 {
                out[q] = UInt8(0xC0 | s >> 6); out[q + 1] = UInt8(0x80 | s & 0x3F); q += 2
            } else if s & 0xFF00 == rawByteTag {
                out[q] = UInt8(s & 0xFF); q += 1
            } else if s < 0x10000 {
                out[q] = UInt8(0xE0 | s >> 12); out[q + 1] = UInt8(0x80 | s >> 6 & 0x3F)
                out[q + 2] = UInt8(0x80 | s & 0x3F); q += 3
            } else {
                out[q] = UInt8(0xF0 | s >> 18); out[q + 1] = UInt8(0x80 | s >> 12 & 0x3F)
                out[q + 2] = UInt8(0x80 | s >> 6 & 0x3F); out[q + 3] = UInt8(0x80 | s & 0x3F); q += 4
            }
        }
        return q
    }

    // MARK: - The algorithm

    /// Stems the `length` characters at `w` in place (accents already removed by ``decode(_:into:)``;
    /// the markers I and Y are left for ``encode(_:_:into:)``); returns the stem's length in characters.
    private static func stemScalars(_ w: UnsafeMutablePointer<UInt32>, _ length: Int) -> Int {
        var len = length

        // Prelude: initial y → Y; then, scanning left to right, after each vowel an i followed by a
        // vowel → I and a y → Y (the i or y is then stepped over).
        if w[0] == y { w[0] = markY }
        var p = 0
        while true {
            while p < len, !isVowel(w[p]) { p += 1 }
            if p == len { break }
            p += 1
            guard p < len else { break }
            if w[p] == i {
                if p + 1 < len, isVowel(w[p + 1]) { w[p] = markI }
                p += 1
            } else if w[p] == y {
                w[p] = markY
                p += 1
            }
        }

        // Regions. Words under 3 letters have empty R1 and R2.
        var r1 = len, r2 = len
        if len >= 3 {
            var q = 0
            while q < len, !isVowel(w[q]) { q += 1 }
            if q < len {
                q += 1
                while q < len, isVowel(w[q]) { q += 1 }
                if q < len {
                    q += 1
                    r1 = max(q, 3)
                    while q < len, !isVowel(w[q]) { q += 1 }
                    if q < len {
                        q += 1
                        while q < len, isVowel(w[q]) { q += 1 }
                        if q < len { r2 = q + 1 }
                    }
                }
            }
        }

        @inline(__always) func ends(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard len >= n else { return false }
            let base = s.utf8Start, start = len - n
            for q in 0..<n where w[start + q] != UInt32(base[q]) { return false }
            return true
        }
        /// Removes the last letter of a word ending kk, dd or tt.
        @inline(__always) func undouble() {
            guard len >= 2 else { return }
            let last = w[len - 1]
            if last == w[len - 2], last == k || last == d || last == t { len -= 1 }
        }
        /// Deletes a final en/ene of `size` letters if in R1 and after a valid en-ending
        /// (a non-vowel, and not `gem`), then undoubles.
        @inline(__always) func enEnding(_ size: Int) {
            let start = len - size
            guard start >= r1, start >= 1, !isVowel(w[start - 1]) else { return }
            if start >= 3, w[start - 3] == g, w[start - 2] == e, w[start - 1] == m { return }
            len = start
            undouble()
        }
        /// Step 2: deletes a final e if in R1 and after a non-vowel, then undoubles. True if the e went.
        @inline(__always) func eEnding() -> Bool {
            guard len >= 2, w[len - 1] == e, len - 1 >= r1, !isVowel(w[len - 2]) else { return false }
            len -= 1
            undouble()
            return true
        }
        /// Whether the letter before `start` is `ch` (false at the word's start).
        @inline(__always) func precededBy(_ start: Int, _ ch: UInt32) -> Bool {
            start >= 1 && w[start - 1] == ch
        }

        // Step 1: the longest of heden, ene, en, se, s decides; a failed condition stops the step.
        if ends("heden") {
            if len - 5 >= r1 {
                w[len - 3] = i; w[len - 2] = d  // h e d e n → h e i d
                len -= 1
            }
        } else if ends("ene") {
            enEnding(3)
        } else if ends("en") {
            enEnding(2)
        } else if ends("se") || ends("s") {
            let start = len - (w[len - 1] == e ? 2 : 1)
            if start >= r1, start >= 1 {
                let before = w[start - 1]
                if !isVowel(before), before != j { len = start }
            }
        }

        // Step 2.
        var eFound = eEnding()

        // Step 3a.
        if ends("heid"), len - 4 >= r2, !precededBy(len - 4, c) {
            len -= 4
            if ends("en") { enEnding(2) }
        }

        // Step 3b.
        if ends("end") || ends("ing") {
            if len - 3 >= r2 {
                len -= 3
                if ends("ig"), len - 2 >= r2, !precededBy(len - 2, e) {
                    len -= 2
                } else {
                    undouble()
                }
            }
        } else if ends("ig") {
            if len - 2 >= r2, !precededBy(len - 2, e) { len -= 2 }
        } else if ends("lijk") {
            if len - 4 >= r2 {
                len -= 4
                eFound = eEnding()
            }
        } else if ends("baar") {
            if len - 4 >= r2 { len -= 4 }
        } else if ends("bar") {
            if len - 3 >= r2, eFound { len -= 3 }
        }

        // Step 4: undouble a vowel in a final non-vowel, aa/ee/oo/uu, non-vowel-but-not-I.
        if len >= 4 {
            let last = w[len - 1], vowel = w[len - 2]
            if !isVowel(last), last != markI, vowel == w[len - 3],
               vowel == a || vowel == e || vowel == o || vowel == u, !isVowel(w[len - 4]) {
                w[len - 2] = last
                len -= 1
            }
        }
        return len
    }
}

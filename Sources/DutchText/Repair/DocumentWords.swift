import Foundation

/// The lower-cased words (runs of two or more letters) of a document's lines: the extra lexicon that
/// decides glued footnote markers and line-break hyphens.
///
/// ``contains(_:)`` answers as a `Set<String>` of the same words would (String equality is canonical
/// equivalence). Words whose NFC form has only scalars up to U+00FF (nearly all; such text is always
/// in NFC, so equal words have equal bytes) are kept, in that form, as bytes in one buffer, found
/// through an open-addressing table of 64-bit hashes: collecting them allocates no String and hashes
/// no Character. Other words are Strings. Also the byte-keyed set of ``Lexicon``.
public struct DocumentWords: Sendable, ExpressibleByArrayLiteral {
    private struct Slot {
        var hash: UInt64
        var start: UInt32
        var end: UInt32
        static let empty = Slot(hash: 0, start: .max, end: 0)
        var isEmpty: Bool { start == .max }
    }

    /// The Latin-1 words, back to back.
    private var bytes: [UInt8] = []
    /// Open addressing, linear probing; a power of two, at most half full.
    private var slots: [Slot]
    private var latinCount = 0
    /// Words whose NFC form has a scalar above U+00FF.
    private var others: Set<String> = []

    public init() { slots = [Slot](repeating: .empty, count: 64) }

    public init(arrayLiteral words: String...) {
        self.init()
        for w in words { insert(w) }
    }

    /// The words of `lines`: split at every Character that is no letter, runs of 2 or more letters,
    /// lower-cased.
    public init(lines: [String]) {
        let size = lines.reduce(0) { $0 + $1.utf8.count }
        // About one distinct word per 8 bytes of text at most: rarely a table to grow.
        self.init(expectedWords: size / 16, bytes: size / 4)
        for l in lines { insertWords(of: l) }
    }

    /// An empty set with room for about `expectedWords` words of `bytes` bytes in all.
    init(expectedWords: Int, bytes: Int) {
        var capacity = 64
        while capacity < expectedWords * 2 { capacity *= 2 }
        slots = [Slot](repeating: .empty, count: capacity)
        self.bytes.reserveCapacity(bytes)
    }

    /// Inserts one word as it is (callers lower-case).
    public mutating func insert(_ word: String) {
        var word = word
        word.withUTF8 { insert(utf8: $0) }
    }

    /// Inserts the word of these UTF-8 bytes (valid UTF-8) as it is.
    mutating func insert(utf8 word: UnsafeBufferPointer<UInt8>) {
        if Self.isLatin(word) { insertLatin(word); return }
        let string = String(decoding: word, as: UTF8.self)
        var composed = string.precomposedStringWithCanonicalMapping
        let latin = composed.withUTF8 { buf -> Bool in
            guard Self.isLatin(buf) else { return false }
            insertLatin(buf)
            return true
        }
        if !latin { others.insert(string) }
    }

    /// Number of distinct words.
    var count: Int { latinCount + others.count }

    /// Inserts the lower-cased words of `line` (see ``init(lines:)``).
    public mutating func insertWords(of line: String) {
        if insertLatinWords(of: line) { return }
        for w in line.split(whereSeparator: { !$0.isLetter }) where w.count >= 2 { insert(w.lowercased()) }
    }

    /// Whether `word` is one of the words, by String equality.
    public func contains(_ word: String) -> Bool {
        var word = word
        // A Latin word equals no word of `others` (their NFC forms differ).
        if let found = word.withUTF8({ Self.isLatin($0) ? containsLatin($0) : nil }) { return found }
        if others.contains(word) { return true }
        // Combining marks (`e` + U+0308) may compose to a stored Latin-1 word.
        guard latinCount > 0 else { return false }
        var composed = word.precomposedStringWithCanonicalMapping
        return composed.withUTF8 { Self.isLatin($0) && containsLatin($0) } && composed == word
    }

    /// ``contains(_:)`` for the word of these UTF-8 bytes, which hold only scalars up to U+00FF (no
    /// lookup of `others`, which holds no such word).
    func contains(latin word: UnsafeBufferPointer<UInt8>) -> Bool {
        assert(Self.isLatin(word))
        return containsLatin(word)
    }

    /// All the words, as Strings (for tests).
    var allWords: Set<String> {
        var all = others
        for s in slots where !s.isEmpty { all.insert(String(decoding: bytes[Int(s.start)..<Int(s.end)], as: UTF8.self)) }
        return all
    }

    // MARK: Latin-1 words as bytes

    /// Whether the UTF-8 bytes hold only scalars up to U+00FF.
    private static func isLatin(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k < buf.count {
            let b = buf[k]
            if b < 0x80 { k += 1 } else if b == 0xC2 || b == 0xC3 { k += 2 } else { return false }
        }
        return true
    }

    /// A 64-bit hash of the bytes, eight at a time.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        @inline(__always) func mix(_ x: UInt64) -> UInt64 { (x ^ x >> 31) &* 0x9E37_79B9_7F4A_7C15 }
        let raw = UnsafeRawBufferPointer(word)
        var h = UInt64(word.count)
        var i = 0
        while i + 8 <= word.count {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < word.count {
            var tail: UInt64 = 0
            for k in i..<word.count { tail = tail << 8 | UInt64(word[k]) }
            h = mix(h ^ tail)
        }
        return h ^ h >> 29
    }

    /// Where the search for `word`, with hash `h`, ends: the slot holding it, or the empty slot where
    /// it would go.
    private func slot(of word: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        return bytes.withUnsafeBufferPointer { arena in
            while true {
                let s = slots[i]
                if s.isEmpty { return i }
                if s.hash == h, Int(s.end - s.start) == word.count,
                   word.isEmpty || memcmp(arena.baseAddress! + Int(s.start), word.baseAddress!, word.count) == 0 {
                    return i
                }
                i = (i + 1) & mask
            }
        }
    }

    private func containsLatin(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        !slots[slot(of: word, hash: Self.hash(word))].isEmpty
    }

    private mutating func insertLatin(_ word: UnsafeBufferPointer<UInt8>) {
        let h = Self.hash(word)
        let i = slot(of: word, hash: h)
        guard slots[i].isEmpty else { return }
        slots[i] = Slot(hash: h, start: UInt32(bytes.count), end: UInt32(bytes.count + word.count))
        bytes.append(contentsOf: word)
        latinCount += 1
        if latinCount * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: old.count * 2)
        let mask = slots.count - 1
        for s in old where !s.isEmpty {
            var i = Int(truncatingIfNeeded: s.hash) & mask
            while !slots[i].isEmpty { i = (i + 1) & mask }
            slots[i] = s
        }
    }

    // MARK: Collecting a line's words on bytes

    /// For U+0080–U+00FF: 0 when the scalar is no letter, else its lower-case form (a scalar up to
    /// U+00FF); nil when some letter of the block lower-cases otherwise (then ``insertLatinWords(of:)``
    /// declines). Built from `Character.isLetter` and `String.lowercased()`, so it answers as they do.
    private static let latinLower: [UInt16]? = {
        var table = [UInt16](repeating: 0, count: 128)
        for v in 0x80...0xFF {
            let c = Character(Unicode.Scalar(UInt8(v)))
            guard c.isLetter else { continue }
            let lower = Array(String(c).lowercased().unicodeScalars)
            guard lower.count == 1, lower[0].value <= 0xFF, lower[0].value >= 0x80 else { return nil }
            table[v - 0x80] = UInt16(lower[0].value)
        }
        return table
    }()

    /// Whether no scalar of U+2000–U+203F (dashes, quotes, ellipsis: General Punctuation) is a letter.
    private static let punctuationBlockHasNoLetter: Bool =
        (0x2000...0x203F).allSatisfy { !Character(Unicode.Scalar(UInt32($0))!).isLetter }

    /// Whether `line` holds only ASCII (no CR), U+0080–U+00FF and U+2000–U+203F but the joiners
    /// U+200C/U+200D: then every scalar is a Character of its own.
    private static func isLatinLine(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = buf.count
        var k = 0
        while k < n {
            let b = buf[k]
            if b < 0x80 {
                if b == 0x0D { return false }
                k += 1
            } else if b == 0xC2 || b == 0xC3 {
                k += 2
            } else if b == 0xE2, k + 2 < n, buf[k + 1] == 0x80, buf[k + 2] != 0x8C, buf[k + 2] != 0x8D {
                k += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Inserts the words of `line`, lower-cased on bytes, when ``isLatinLine(_:)``; returns false,
    /// having inserted nothing, for any other line.
    mutating func insertLatinWords(of line: String) -> Bool {
        guard let lowerTable = Self.latinLower, Self.punctuationBlockHasNoLetter else { return false }
        var line = line
        return line.withUTF8 { buf in
            guard Self.isLatinLine(buf) else { return false }
            // A lower-cased letter has as many bytes as the letter: a word fits in the line's length.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(buf.count, 1)) { word in
                let n = buf.count
                var length = 0, letters = 0
                var k = 0
                while k <= n {
                    var isLetter = false
                    if k < n {
                        let b = buf[k]
                        if b < 0x80 {
                            let l = b | 0x20
                            if l >= 0x61 && l <= 0x7A { word[length] = l; length += 1; isLetter = true }
                            k += 1
                        } else if b == 0xE2 {
                            k += 3
                        } else {
                            let lower = lowerTable[Int(b & 0x1F) << 6 | Int(buf[k + 1] & 0x3F) - 0x80]
                            if lower != 0 {
                                word[length] = UInt8(0xC0 | lower >> 6); word[length + 1] = UInt8(0x80 | lower & 0x3F)
                                length += 2; isLetter = true
                            }
                            k += 2
                        }
                    } else {
                        k += 1
                    }
                    if isLetter {
                        letters += 1
                    } else if letters > 0 {
                        if letters >= 2 { insertLatin(UnsafeBufferPointer(rebasing: word[..<length])) }
                        length = 0; letters = 0
                    }
                }
                return true
            }
        }
    }
}

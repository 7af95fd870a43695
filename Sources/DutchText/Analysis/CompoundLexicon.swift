import Foundation

/// The known words of the compound splitter, with their frequencies: the word list's words, folded (lower case, no diacritics,
/// as the tokenizer sees them), in one byte buffer with an open-addressing hash table, looked up on
/// bytes without building a `String`.
///
/// Built once per process, lazily, from the same list as ``Lexicon/shared`` (``WordListSource``), but
/// by a byte scan: ASCII lines are
/// lower-cased in place, only the few lines with other characters go through `String` folding. That
/// takes tens of milliseconds in a release build, where ``Lexicon/shared`` takes about two seconds.
public final class CompoundLexicon: @unchecked Sendable {
    /// The process-wide lexicon of the word list , without frequencies: every
    /// word counts as rare until ``with(_:)`` attaches an index's ``CompoundFrequencies``.
    public static let shared = CompoundLexicon(environment: ProcessInfo.processInfo.environment)

    /// ``shared`` with the general Dutch frequencies (``CompoundFrequencies/general``): the splitter's
    /// lexicon where no index's frequencies apply.
    public static let general = shared.withGeneralFrequencies()

    /// This lexicon with ``CompoundFrequencyData`` read straight into its values.
    func withGeneralFrequencies() -> CompoundLexicon {
        var values = [UInt8](repeating: 0, count: count)
        CompoundFrequencies.forEachEntry(in: CompoundFrequencyData.text) { word, value in
            let w = index(of: word)
            if w >= 0 { values[w] = max(values[w], value) }
        }
        return with(zipfs: values, identity: "\(identity)+general")
    }

    private let bytes: [UInt8]
    /// Word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: [UInt32]
    /// Per slot: the word's hash tag (high 32 bits) and index + 1 (low 32 bits); 0 when empty. The tag
    /// settles most misses without reading the word.
    private let table: [UInt64]
    private let mask: Int
    /// A Bloom filter of the words (2 bits per word out of 2^22, 512 KB: fits a core's L2 cache), so
    /// most non-words are refused without touching the 8 MB table. Blocked: a word's two bits lie in one
    /// 64-bit word, so a lookup costs one memory read, not two.
    private let bloom: [UInt64]
    private static let bloomBits = 1 << 22
    /// Zipf × 10 per word, 0 when the frequencies do not know it.
    private let zipfs: [UInt8]
    /// Where the words came from (see ``WordListSource``) and how many there are.
    public let identity: String

    /// Number of distinct folded words.
    public var count: Int { starts.count - 1 }

    /// A lexicon of `words` (folded here).
    public init<S: Sequence>(words: S, identity: String) where S.Element == String {
        var buffer: [UInt8] = []
        var starts: [UInt32] = [0]
        for w in words {
            buffer += Array(Lexicon.fold(w.lowercased()).utf8)
            starts.append(UInt32(buffer.count))
        }
        (self.bytes, self.starts, self.table, self.mask) = Self.index(buffer, starts)
        self.bloom = Self.bloom(buffer, starts)
        self.zipfs = [UInt8](repeating: 0, count: starts.count - 1)
        self.identity = identity
    }

    /// A lexicon of the same words with `frequencies` attached (words the lexicon lacks are ignored).
    /// The word storage is shared, not copied.
    public func with(_ frequencies: CompoundFrequencies) -> CompoundLexicon {
        var values = [UInt8](repeating: 0, count: count)
        for (word, value) in frequencies.zipfTimesTen {
            var word = word
            let i = word.withUTF8 { index(of: $0) }
            if i >= 0 { values[i] = max(values[i], value) }
        }
        return CompoundLexicon(sharing: self, zipfs: values, identity: "\(identity)+\(frequencies.totalWords) words")
    }

    /// A lexicon of the same words with Zipf × 10 value `zipfs[i]` for word `i` (``count`` values).
    public func with(zipfs: [UInt8], identity: String) -> CompoundLexicon {
        precondition(zipfs.count == count, "one value per word")
        return CompoundLexicon(sharing: self, zipfs: zipfs, identity: identity)
    }

    /// The Zipf × 10 values, one per word (0: unknown).
    public var zipfValues: [UInt8] { zipfs }

    /// The Zipf value of a folded word, nil when it is no word of the list or its frequency is unknown.
    public func zipf(_ word: String) -> Double? {
        var word = word
        let z = word.withUTF8 { zipfTimesTen($0) }
        return z > 0 ? Double(z) / 10 : nil
    }

    private init(sharing other: CompoundLexicon, zipfs: [UInt8], identity: String) {
        (bytes, starts, table, mask, bloom) = (other.bytes, other.starts, other.table, other.mask, other.bloom)
        self.zipfs = zipfs
        self.identity = identity
    }

    /// Word `i` (folded), for `0 ..< count`.
    public func word(at i: Int) -> String {
        String(decoding: bytes[Int(starts[i])..<Int(starts[i + 1])], as: UTF8.self)
    }

    /// The index (`0 ..< count`) of the folded bytes `word`, or -1 when it is no word of the list.
    @inline(__always)
    public func index(ofFolded word: UnsafeBufferPointer<UInt8>, fnv: UInt64) -> Int {
        index(of: word, hash: Self.mix(fnv))
    }

    /// The lexicon of the list ``WordListSource`` gives for `environment`.
    convenience init(environment: [String: String]) {
        let (data, identity) = WordListSource.load(environment: environment)
        self.init(listData: data, identity: identity)
    }

    /// Parses a word list (one word a line, `#` comments) on bytes.
    init(listData data: Data, identity: String) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(data.count)
        var starts: [UInt32] = [0]
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            let n = raw.count
            var i = 0
            while i < n {
                var end = i
                while end < n, base[end] != 0x0A { end += 1 }
                var first = i, last = end
                while first < last, base[first] == 0x20 || base[first] == 0x09 { first += 1 }
                while last > first, base[last - 1] == 0x0D || base[last - 1] == 0x20 || base[last - 1] == 0x09 { last -= 1 }
                i = end + 1
                guard first < last, base[first] != UInt8(ascii: "#") else { continue }
                var ascii = true
                for k in first..<last where base[k] >= 0x80 { ascii = false; break }
                if ascii {
                    for k in first..<last {
                        let b = base[k]
                        buffer.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    }
                } else {
                    let line = UnsafeBufferPointer(start: base + first, count: last - first)
                    let word = String(validating: line, as: UTF8.self)
                        ?? String(String.UnicodeScalarView(line.map { Unicode.Scalar($0) }))
                    buffer += Array(TokenFolding.fold(word).utf8)
                }
                starts.append(UInt32(buffer.count))
            }
        }
        (self.bytes, self.starts, self.table, self.mask) = Self.index(buffer, starts)
        self.bloom = Self.bloom(buffer, starts)
        self.zipfs = [UInt8](repeating: 0, count: starts.count - 1)
        self.identity = "\(identity):\(starts.count - 1)"
    }

    private static func index(_ bytes: [UInt8], _ starts: [UInt32]) -> ([UInt8], [UInt32], [UInt64], Int) {
        let n = starts.count - 1
        var size = 16
        while size < 2 * n { size <<= 1 }
        var table = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        bytes.withUnsafeBufferPointer { all in
            table.withUnsafeMutableBufferPointer { slots in
                for w in 0..<n {
                    let word = UnsafeBufferPointer(rebasing: all[Int(starts[w])..<Int(starts[w + 1])])
                    let h = mix(fnv(word))
                    var slot = Int(truncatingIfNeeded: h) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { slots[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(w + 1); break }
                        let e = Int(entry & 0xFFFF_FFFF) - 1
                        if all[Int(starts[e])..<Int(starts[e + 1])].elementsEqual(word) { break }  // duplicate
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return (bytes, starts, table, mask)
    }

    private static func bloom(_ bytes: [UInt8], _ starts: [UInt32]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: bloomBits / 64)
        bytes.withUnsafeBufferPointer { all in
            for w in 0..<(starts.count - 1) {
                let h = mix(fnv(UnsafeBufferPointer(rebasing: all[Int(starts[w])..<Int(starts[w + 1])])))
                bits[bloomWord(h)] |= bloomMask(h)
            }
        }
        return bits
    }

    /// FNV-1a 64 of `key`: the hash ``zipfTimesTen(_:fnv:)`` expects (computable byte by byte).
    @inline(__always)
    public static func fnv(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = fnvBasis
        for b in key { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }
    public static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func mix(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }

    /// The Bloom filter's 64-bit word for a word of ``mix(_:)`` hash `h`.
    @inline(__always)
    static func bloomWord(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 40) & (bloomBits / 64 - 1) }

    /// The word's two bits in it.
    @inline(__always)
    static func bloomMask(_ h: UInt64) -> UInt64 { 1 << ((h >> 10) & 63) | 1 << ((h >> 16) & 63) }

    /// Whether the folded bytes `word` are a word of the list.
    public func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { index(of: word) >= 0 }

    /// For the folded bytes `word`: -1 when it is no word of the list, else its Zipf value × 10
    /// (0 when the frequencies do not know it).
    @inline(__always)
    public func zipfTimesTen(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        zipfTimesTen(word, fnv: Self.fnv(word))
    }

    /// ``zipfTimesTen(_:)`` with the word's ``fnv(_:)`` hash already computed.
    @inline(__always)
    public func zipfTimesTen(_ word: UnsafeBufferPointer<UInt8>, fnv: UInt64) -> Int {
        let i = index(of: word, hash: Self.mix(fnv))
        return i < 0 ? -1 : zipfs.withUnsafeBufferPointer { Int($0[i]) }
    }

    @inline(__always)
    private func index(of word: UnsafeBufferPointer<UInt8>) -> Int { index(of: word, hash: Self.mix(Self.fnv(word))) }

    /// The word's index, or -1.
    @inline(__always)
    private func index(of word: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
        guard !word.isEmpty, count > 0 else { return -1 }
        let m = Self.bloomMask(h)
        let present = bloom.withUnsafeBufferPointer { $0[Self.bloomWord(h)] & m == m }
        guard present else { return -1 }
        let tag = h & 0xFFFF_FFFF_0000_0000
        return table.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: h) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return -1 }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let e = Int(entry & 0xFFFF_FFFF) - 1
                    let found = starts.withUnsafeBufferPointer { starts -> Bool in
                        let s = Int(starts[e]), t = Int(starts[e + 1])
                        return t - s == word.count && bytes.withUnsafeBufferPointer {
                            memcmp($0.baseAddress! + s, word.baseAddress!, word.count) == 0
                        }
                    }
                    if found { return e }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether `word`, folded, is a word of the list.
    public func contains(_ word: String) -> Bool {
        Array(TokenFolding.fold(word).utf8).withUnsafeBufferPointer { contains($0) }
    }
}

/// A bounded cache from token bytes to stem bytes, so each distinct token is stemmed once.
///
/// Built for the tokenizer's hot path, where a lookup is mostly a memory access: one 32-byte slot per
/// token holds its hash, the key and the stem, the stem stored as "the first `n` bytes of the key plus
/// a tail" (Porter mostly strips a suffix), so a hit touches one cache line and allocates nothing.
/// Tokens whose key and stem tail do not fit in the slot's 24 bytes are not cached.
///
/// At most half the slots are used. When the cache is full it keeps what it has (in Zipf-distributed
/// text the frequent words come early) and stops inserting; after `4 × capacity` further misses it is
/// emptied, so a change of vocabulary is picked up. Memory stays at `32 × capacity` bytes.
/// Not thread-safe.
public final class StemCache {
    /// The result of a lookup.
    public enum Lookup: Equatable {
        case missing
        /// The stem equals the token.
        case unchanged
        /// The stem was written to the output buffer; its length.
        case stem(Int)
    }

    static let slotBytes = 32
    /// Bytes of a slot available for the key and the stem's tail.
    public static let inlineBytes = 24
    private static let unchangedTail: UInt8 = 0xFF

    // Slot layout: [0,4) hash (0 = empty) | 4 key length | 5 stem prefix length | 6 stem tail length
    // (0xFF: unchanged) | 7 unused | [8,32) key bytes, then stem tail bytes.
    private let slots: UnsafeMutableRawPointer
    private let mask: Int
    private let maxCount: Int
    private var missesWhileFull = 0
    /// Number of tokens cached now.
    public private(set) var count = 0
    /// How many times the cache was emptied.
    public private(set) var resets = 0

    /// A cache of `capacity` slots (rounded up to a power of two); at most half are used. The default,
    /// 16,384 slots (512 KB, 8,192 tokens), stays within a core's L2 cache: on a 20 MB Zipf-distributed
    /// corpus larger tables stemmed less but indexed no faster (they likely evict FTS5's own hash table).
    public init(capacity: Int = 1 << 14) {
        var cap = 16
        while cap < capacity { cap <<= 1 }
        mask = cap - 1
        maxCount = cap / 2
        slots = .allocate(byteCount: cap * Self.slotBytes, alignment: 64)
        slots.initializeMemory(as: UInt8.self, repeating: 0, count: cap * Self.slotBytes)
    }

    deinit { slots.deallocate() }

    /// FNV-1a of `key`, never 0 (0 marks an empty slot).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h | 1
    }

    @inline(__always)
    private func slot(_ i: Int) -> UnsafeMutableRawPointer { slots + i &* Self.slotBytes }

    @inline(__always)
    private static func tag(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 32) | 1 }

    @inline(__always)
    private static func keyMatches(_ s: UnsafeMutableRawPointer, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(s.load(fromByteOffset: 4, as: UInt8.self)) == key.count else { return false }
        let stored = (s + 8).assumingMemoryBound(to: UInt8.self)
        var i = 0
        while i < key.count {
            if stored[i] != key[i] { return false }
            i += 1
        }
        return true
    }

    /// Looks `key` up; on a hit with a different stem, writes the stem into `out`.
    @inline(__always)
    public func lookup(_ key: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Lookup {
        guard key.count <= Self.inlineBytes else { return .missing }
        let h = Self.hash(key)
        let tag = Self.tag(h)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slot(i)
            let t = s.load(as: UInt32.self)
            if t == 0 { return .missing }
            if t == tag, Self.keyMatches(s, key) {
                let tail = s.load(fromByteOffset: 6, as: UInt8.self)
                if tail == Self.unchangedTail { return .unchanged }
                let prefix = Int(s.load(fromByteOffset: 5, as: UInt8.self))
                let bytes = (s + 8).assumingMemoryBound(to: UInt8.self)
                out.update(from: bytes, count: prefix)
                (out + prefix).update(from: bytes + key.count, count: Int(tail))
                return .stem(prefix + Int(tail))
            }
            i = (i + 1) & mask
        }
    }

    /// Caches `stem` (nil: unchanged) for `key`, unless it does not fit or the cache is full.
    public func insert(_ key: UnsafeBufferPointer<UInt8>, stem: UnsafeBufferPointer<UInt8>?) {
        var prefix = 0
        if let stem {
            let limit = min(key.count, stem.count, 255)
            while prefix < limit, key[prefix] == stem[prefix] { prefix += 1 }
        }
        let tail = stem.map { $0.count - prefix } ?? 0
        guard !key.isEmpty, key.count + tail <= Self.inlineBytes else { return }
        if count >= maxCount {
            missesWhileFull += 1
            guard missesWhileFull > 8 * maxCount else { return }
            removeAll()
            resets += 1
        }
        let h = Self.hash(key)
        let tag = Self.tag(h)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slot(i)
            let t = s.load(as: UInt32.self)
            if t == 0 { break }
            if t == tag, Self.keyMatches(s, key) { return }
            i = (i + 1) & mask
        }
        let s = slot(i)
        s.storeBytes(of: tag, as: UInt32.self)
        s.storeBytes(of: UInt8(key.count), toByteOffset: 4, as: UInt8.self)
        s.storeBytes(of: UInt8(prefix), toByteOffset: 5, as: UInt8.self)
        s.storeBytes(of: stem == nil ? Self.unchangedTail : UInt8(tail), toByteOffset: 6, as: UInt8.self)
        let bytes = (s + 8).assumingMemoryBound(to: UInt8.self)
        bytes.update(from: key.baseAddress!, count: key.count)
        if let stem, tail > 0 { (bytes + key.count).update(from: stem.baseAddress! + prefix, count: tail) }
        count += 1
    }

    /// Empties the cache.
    public func removeAll() {
        slots.initializeMemory(as: UInt8.self, repeating: 0, count: (mask + 1) * Self.slotBytes)
        count = 0
        missesWhileFull = 0
    }
}

/// A bounded cache from token bytes to stem bytes, so each distinct token is stemmed once.
///
/// Open addressing over a fixed table, keys and stems copied into one byte arena: a lookup allocates
/// nothing. When the table is half full or the arena is full, everything is dropped and filling starts
/// again, so memory stays at what ``init(capacity:arenaBytes:)`` allocated. Not thread-safe.
public final class StemCache {
    /// What the cache knows about a token.
    public enum Entry {
        /// The stem equals the token.
        case unchanged
        /// The stem's bytes, valid until the next ``insert(_:stem:)``.
        case stem(UnsafeBufferPointer<UInt8>)
    }

    private struct Slot {
        var hash: UInt64   // 0 = empty
        var keyOffset: Int32
        var keyLength: Int32
        var stemOffset: Int32
        var stemLength: Int32  // -1 = unchanged
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    private let arena: UnsafeMutablePointer<UInt8>
    private let arenaBytes: Int
    private var arenaUsed = 0
    /// Number of tokens cached now.
    public private(set) var count = 0
    /// How many times the cache was emptied because it was full.
    public private(set) var resets = 0

    /// A cache of `capacity` slots (rounded up to a power of two; at most half are used) and an arena of
    /// `arenaBytes` bytes for keys and stems.
    public init(capacity: Int = 1 << 16, arenaBytes: Int = 1 << 21) {
        var cap = 16
        while cap < capacity { cap <<= 1 }
        mask = cap - 1
        slots = .allocate(capacity: cap)
        slots.initialize(repeating: Slot(hash: 0, keyOffset: 0, keyLength: 0, stemOffset: 0, stemLength: 0),
                         count: cap)
        self.arenaBytes = max(arenaBytes, 256)
        arena = .allocate(capacity: self.arenaBytes)
    }

    deinit {
        slots.deallocate()
        arena.deallocate()
    }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for b in key { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h | (1 << 63)
    }

    @inline(__always)
    private func equals(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(slot.keyLength) == key.count else { return false }
        guard let base = key.baseAddress else { return true }
        return memcmpBytes(arena + Int(slot.keyOffset), base, key.count)
    }

    @inline(__always)
    private func entry(_ slot: Slot) -> Entry {
        slot.stemLength < 0
            ? .unchanged
            : .stem(UnsafeBufferPointer(start: arena + Int(slot.stemOffset), count: Int(slot.stemLength)))
    }

    /// The cached entry for `key`, or nil.
    @inline(__always)
    public func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Entry? {
        let h = Self.hash(key)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[i]
            if slot.hash == 0 { return nil }
            if slot.hash == h, equals(slot, key) { return entry(slot) }
            i = (i + 1) & mask
        }
    }

    /// Caches `stem` (nil: unchanged) for `key` and returns the cached entry. May empty the cache first.
    @discardableResult
    public func insert(_ key: UnsafeBufferPointer<UInt8>, stem: UnsafeBufferPointer<UInt8>?) -> Entry {
        let need = key.count + (stem?.count ?? 0)
        if need > arenaBytes { return stem.map { .stem($0) } ?? .unchanged }  // too big to cache at all
        if count + 1 > (mask + 1) / 2 || arenaUsed + need > arenaBytes { removeAll(); resets += 1 }
        let h = Self.hash(key)
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i].hash != 0 {
            if slots[i].hash == h, equals(slots[i], key) { return entry(slots[i]) }
            i = (i + 1) & mask
        }
        let keyOffset = arenaUsed
        if let base = key.baseAddress { (arena + keyOffset).update(from: base, count: key.count) }
        arenaUsed += key.count
        var stemOffset = arenaUsed, stemLength = -1
        if let stem {
            if let base = stem.baseAddress { (arena + stemOffset).update(from: base, count: stem.count) }
            stemOffset = arenaUsed; stemLength = stem.count
            arenaUsed += stem.count
        }
        slots[i] = Slot(hash: h, keyOffset: Int32(keyOffset), keyLength: Int32(key.count),
                        stemOffset: Int32(stemOffset), stemLength: Int32(stemLength))
        count += 1
        return entry(slots[i])
    }

    /// Empties the cache.
    public func removeAll() {
        slots.update(repeating: Slot(hash: 0, keyOffset: 0, keyLength: 0, stemOffset: 0, stemLength: 0),
                     count: mask + 1)
        arenaUsed = 0
        count = 0
    }
}

@inline(__always)
private func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i < n {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}

import DutchText
import Foundation

/// What document mode emits after a folded compound candidate (``CompoundSplitter/isCandidate(_:)``),
/// memoised per distinct token for one ``TokenizeRun``:
/// its marked stem and the marked stems of its compound parts (as ``TokenizeRun`` would compute them),
/// and whether it is a word of the splitter's lexicon. Dutch text repeats a small vocabulary, so most
/// tokens then cost one hash lookup instead of a stem lookup, a split lookup, the parts' stem lookups
/// and a set insertion.
///
/// The entries depend on the run's analyzer and splitter (whose frequencies are fixed once loaded), so
/// the memo lives and dies with its run. Each entry also holds the number of the last text in which
/// its parts were emitted (parts are emitted at a word's first occurrence in a text only).
///
/// Bounded: at most `maxEntries` entries and `arenaBytes` bytes of entries (plus 8 bytes per slot, at
/// most twice as many slots as entries, the slots growing with the entries). A lookup is two memory
/// reads (slot, entry), cheap next to a search of the splitter (a dozen lexicon lookups, each a few
/// misses), so the memo is sized for the long tail of compounds, not for the caches (an earlier memo
/// of 131,072 entries waited for memory mostly because it was emptied whenever full). When full
/// it takes no more entries (in Zipf-distributed text the frequent words come early) and the run
/// analyses other tokens itself, as without a memo; after `8 × maxEntries` such misses it is emptied
/// before the next text (``resetIfFull()``), never within one (the part stamps must hold for the whole
/// text), so a change of vocabulary is picked up. Memory is allocated on the first insertion, so a
/// connection that never indexes pays nothing.
/// Not thread-safe.
final class TokenMemo {
    /// The largest entry: header, a key at the cap, a marked stem, ``CompoundSplitter/maximumParts``
    /// length-prefixed marked parts; rounded up.
    static let maxEntryBytes = 8 + 2 * (TokenLimit.maxBytes + 1) + CompoundSplitter.maximumParts * (TokenLimit.maxBytes + 2) + 8

    // Entry layout (4-byte aligned): [0,4) stamp (UInt32: number of the text whose parts were emitted)
    // | 4 key length | 5 stem term length (0: none) | 6 part count | 7 is a word (0 unknown, 1 no, 2 yes)
    // | key | stem term (marker included) | per part: length (1 byte), term (marker included).
    private var slots: UnsafeMutablePointer<UInt64>?
    private var arena: UnsafeMutableRawPointer?
    /// Slots now: grows with the entries (at most half used) up to `maxSlotCount`, so a small
    /// vocabulary keeps its slots within a few cache-friendly kilobytes.
    private var slotCount: Int
    private let maxSlotCount: Int
    private static let initialSlotCount = 4096
    private let maxEntries: Int
    private let arenaBytes: Int
    private var used = 0
    /// Entries held now.
    private(set) var count = 0
    /// Whether the memo takes no more entries (until ``resetIfFull()``).
    private(set) var full = false
    /// Tokens not found while full.
    private var missesWhileFull = 0
    /// How many times it was emptied (for tests).
    private(set) var resets = 0
    /// Slots now (for tests).
    var slotCapacity: Int { slotCount }

    /// A memo of at most `maxEntries` entries in at most `arenaBytes` bytes. The default: 262,144
    /// compound candidates in 16 MB, at most 4 MB of slots. A splitter's search for a long-tail
    /// compound costs far more than the memory misses of a lookup: on 100 MB of synthetic documents
    /// (331,000 distinct candidates) 65,536 entries in 3 MB filled up and left twice as many searches
    /// (the analysis about a third dearer). Entries are written on first sight only, so a small
    /// vocabulary (real text) touches little of the arena.
    init(maxEntries: Int = 1 << 18, arenaBytes: Int = 16 << 20) {
        var cap = 16
        while cap < 2 * maxEntries { cap <<= 1 }
        maxSlotCount = cap
        slotCount = min(cap, Self.initialSlotCount)
        self.maxEntries = maxEntries
        self.arenaBytes = max(arenaBytes, Self.maxEntryBytes)
    }

    deinit { slots?.deallocate(); arena?.deallocate() }

    /// A hash of `key` (at most ``TokenLimit/maxBytes`` bytes), eight bytes at a time.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = key.count
        let raw = UnsafeRawPointer(key.baseAddress!)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < n { tail |= UInt64(key[i]) << shift; shift += 8; i += 1 }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 29)
    }

    /// The entry of `key` (hash `h`), or nil; `slot` is where an insertion of `key` goes.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, slot: inout Int) -> UnsafeMutableRawPointer? {
        guard let slots, let arena else { slot = -1; return nil }
        let tag = h & 0xFFFF_FFFF_0000_0000 | 1 << 32
        let mask = slotCount - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == 0 { slot = i; return nil }
            if s & 0xFFFF_FFFF_0000_0000 == tag {
                let e = arena + Int(s & 0xFFFF_FFFF)
                if Int(e.load(fromByteOffset: 4, as: UInt8.self)) == key.count,
                   memcmp(e + 8, key.baseAddress!, key.count) == 0 {
                    return e
                }
            }
            i = (i + 1) & mask
        }
    }

    /// Adds the entry of `key` (hash `h`, absent, `slot` from ``find(_:hash:slot:)``; the memo not
    /// ``full``): `stem` the marked stem term or nil, `partCount` marked part terms of `partLengths[i]`
    /// bytes at `parts + i * partStride`. Returns the entry.
    func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, slot: Int, stem: UnsafeBufferPointer<UInt8>?,
                parts: UnsafePointer<UInt8>, partStride: Int, partLengths: UnsafePointer<Int>, partCount: Int)
    -> UnsafeMutableRawPointer {
        precondition(!full)
        var slot = slot
        if slots == nil {
            let s = UnsafeMutablePointer<UInt64>.allocate(capacity: slotCount)
            s.initialize(repeating: 0, count: slotCount)
            slots = s
            arena = .allocate(byteCount: arenaBytes, alignment: 8)
            var ignored = 0
            _ = find(key, hash: h, slot: &ignored)
            slot = ignored
        } else if 2 * (count + 1) > slotCount, slotCount < maxSlotCount {
            grow()
            var ignored = 0
            _ = find(key, hash: h, slot: &ignored)
            slot = ignored
        }
        let e = arena! + used
        e.storeBytes(of: 0 as UInt32, as: UInt32.self)
        e.storeBytes(of: UInt8(key.count), toByteOffset: 4, as: UInt8.self)
        e.storeBytes(of: UInt8(stem?.count ?? 0), toByteOffset: 5, as: UInt8.self)
        e.storeBytes(of: UInt8(partCount), toByteOffset: 6, as: UInt8.self)
        e.storeBytes(of: 0 as UInt8, toByteOffset: 7, as: UInt8.self)
        var o = 8
        (e + o).copyMemory(from: key.baseAddress!, byteCount: key.count); o += key.count
        if let stem, let base = stem.baseAddress { (e + o).copyMemory(from: base, byteCount: stem.count); o += stem.count }
        for p in 0..<partCount {
            let n = partLengths[p]
            e.storeBytes(of: UInt8(n), toByteOffset: o, as: UInt8.self); o += 1
            (e + o).copyMemory(from: parts + p * partStride, byteCount: n); o += n
        }
        let tag = h & 0xFFFF_FFFF_0000_0000 | 1 << 32
        slots![slot] = tag | UInt64(used)
        used += (o + 3) & ~3
        count += 1
        if count >= maxEntries || used + Self.maxEntryBytes > arenaBytes { full = true }
        return e
    }

    /// Doubles the slots and places every entry again (walking the arena in order).
    private func grow() {
        slots!.deallocate()
        slotCount *= 2
        let s = UnsafeMutablePointer<UInt64>.allocate(capacity: slotCount)
        s.initialize(repeating: 0, count: slotCount)
        slots = s
        let mask = slotCount - 1
        var offset = 0
        while offset < used {
            let e = arena! + offset
            let keyLength = Self.keyLength(e)
            var size = 8 + keyLength + Self.stemLength(e)
            for _ in 0..<Self.partCount(e) { size += 1 + Int(e.load(fromByteOffset: size, as: UInt8.self)) }
            let h = Self.hash(UnsafeBufferPointer(start: (e + 8).assumingMemoryBound(to: UInt8.self), count: keyLength))
            var i = Int(truncatingIfNeeded: h) & mask
            while s[i] != 0 { i = (i + 1) & mask }
            s[i] = h & 0xFFFF_FFFF_0000_0000 | 1 << 32 | UInt64(offset)
            offset += (size + 3) & ~3
        }
    }

    /// Counts a token that a full memo could not take.
    @inline(__always)
    func missedWhileFull() { missesWhileFull += 1 }

    /// Empties the memo if it is full and missed many tokens since; call between texts only.
    @inline(__always)
    func resetIfFull() {
        guard full, missesWhileFull > 8 * maxEntries else { return }
        removeAll()
        resets += 1
    }

    /// Empties the memo (between texts only).
    func removeAll() {
        if let s = slots, slotCount > Self.initialSlotCount {
            s.deallocate()
            slotCount = min(maxSlotCount, Self.initialSlotCount)
            slots = .allocate(capacity: slotCount)
        }
        slots?.initialize(repeating: 0, count: slotCount)
        used = 0; count = 0; full = false; missesWhileFull = 0
    }

    // MARK: - Entry fields

    @inline(__always) static func stamp(_ e: UnsafeMutableRawPointer) -> UInt32 { e.load(as: UInt32.self) }
    @inline(__always) static func setStamp(_ e: UnsafeMutableRawPointer, _ v: UInt32) { e.storeBytes(of: v, as: UInt32.self) }
    @inline(__always) static func keyLength(_ e: UnsafeMutableRawPointer) -> Int { Int(e.load(fromByteOffset: 4, as: UInt8.self)) }
    @inline(__always) static func stemLength(_ e: UnsafeMutableRawPointer) -> Int { Int(e.load(fromByteOffset: 5, as: UInt8.self)) }
    @inline(__always) static func partCount(_ e: UnsafeMutableRawPointer) -> Int { Int(e.load(fromByteOffset: 6, as: UInt8.self)) }
    @inline(__always) static func isWord(_ e: UnsafeMutableRawPointer) -> UInt8 { e.load(fromByteOffset: 7, as: UInt8.self) }
    @inline(__always) static func setIsWord(_ e: UnsafeMutableRawPointer, _ v: Bool) {
        e.storeBytes(of: v ? 2 : 1 as UInt8, toByteOffset: 7, as: UInt8.self)
    }
    /// The marked stem term (`stemLength` bytes).
    @inline(__always) static func stem(_ e: UnsafeMutableRawPointer) -> UnsafePointer<UInt8> {
        UnsafePointer((e + 8 + keyLength(e)).assumingMemoryBound(to: UInt8.self))
    }
    /// The first part's length byte (each part: length byte, then the term).
    @inline(__always) static func parts(_ e: UnsafeMutableRawPointer) -> UnsafePointer<UInt8> {
        UnsafePointer((e + 8 + keyLength(e) + stemLength(e)).assumingMemoryBound(to: UInt8.self))
    }
}

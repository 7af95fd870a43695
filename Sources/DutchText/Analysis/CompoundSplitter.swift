import Foundation

/// Splits Dutch compounds and glued words into known words (Koehn & Knight 2003), for extra index terms.
///
/// A folded token (ASCII letters only, at least ``minimumPart`` × 2 long) is split into 2 to
/// ``maximumParts`` parts, each a word of the ``CompoundLexicon`` of at least ``minimumPart`` letters,
/// with an optional linker `s`, `e`, `en` or `er` between two parts (`kinderbescherming|s|maatregel`,
/// `kind|er|oncologie`).
/// Among all such splits the one whose parts have the highest geometric mean frequency wins (the mean
/// of their Zipf values from the lexicon's ``CompoundFrequencies``: the indexed collection's counts
/// smoothed with general Dutch frequencies, less ``extraPartPenalty`` for each part beyond two; fewer
/// parts, then a longer head, break ties).
/// "No split" takes part too:
/// - a common word (Zipf ≥ ``commonZipf``: `maatregel`, `staatssecretaris`) is never split, neither
///   alone nor inside a longer split (no `kinderbescherming|s|maat|regel`);
/// - another word of the lexicon (`kinderbeschermingsmaatregel`) is split only when the split scores
///   higher than the word itself (rare words score ``CompoundFrequencies/rareZipf``);
/// - a token that is not a word (`versterkingsgelden`, the glued `verklaringaangegeven`) takes the
///   best split, if any.
///
/// Deterministic: the result depends only on the token, the word list and the frequencies.
/// Not thread-safe (buffers and a cache); use one splitter per tokenizer.
public final class CompoundSplitter {
    /// Shortest part, in letters.
    public static let minimumPart = 4
    /// Most parts in a split.
    public static let maximumParts = 4
    /// Words at least this common (Zipf, i.e. once per million words and more) are never split.
    public static let commonZipf = 3.0
    static let commonTimesTen = 30
    static let rareTimesTen = CompoundFrequencies.rareTimesTen

    /// One chosen split.
    public struct Split: Sendable, Equatable {
        /// The parts (folded words), in order.
        public var parts: [String]
        /// The linker after each part but the last (`""` when none).
        public var linkers: [String]
        /// Geometric mean frequency of the parts, as a Zipf value.
        public var score: Double
        /// `kinderbescherming|s|maatregel`: parts and linkers.
        public var description: String {
            var pieces: [String] = []
            for (i, p) in parts.enumerated() {
                pieces.append(p)
                if i < linkers.count, !linkers[i].isEmpty { pieces.append(linkers[i]) }
            }
            return pieces.joined(separator: "|")
        }
    }

    /// What the splitter decided for a token, and why.
    public enum Decision: Sendable, Equatable {
        /// Too short, or not only ASCII letters: not considered.
        case notCandidate
        /// A common word (its Zipf value): kept whole.
        case common(Double)
        /// No split beats the word (its Zipf value as a word, nil when it is no word; the best split,
        /// nil when none is possible).
        case whole(wordScore: Double?, bestSplit: Split?)
        /// Split; `wordScore` is the word's own score (nil: not a word, so a glued or unknown compound).
        case split(Split, wordScore: Double?)

        /// The parts to index (empty unless split).
        public var parts: [String] {
            if case .split(let s, _) = self { return s.parts }
            return []
        }
    }

    private let lexiconSource: () -> CompoundLexicon
    private var loaded: CompoundLexicon?

    // Search state (bytes of the token, a memo of lookups, the current and the best split).
    private let word = UnsafeMutablePointer<UInt8>.allocate(capacity: TokenLimit.maxBytes)
    private var n = 0
    /// memo[i * 65 + j]: -3 unknown, -1 no word, else Zipf × 10 of `word[i..<j]` (≥ rare).
    private let memo = UnsafeMutablePointer<Int16>.allocate(capacity: 65 * 65)
    private var starts = [Int](repeating: 0, count: 4), ends = [Int](repeating: 0, count: 4)
    private var depth = 0, sum = 0
    private var bestStarts = [Int](repeating: 0, count: 4), bestEnds = [Int](repeating: 0, count: 4)
    private var bestCount = 0, bestSum = 0

    // Direct-mapped cache of results: per slot the hash, the key and the part boundaries.
    private static let cacheSlots = 1 << 16
    private static let slotBytes = 64
    private static let keyCapacity = 46
    // Slot: [0,8) hash (0 empty) | 8 key length | 9 part count | [10,18) start,end per part | [18,64) key
    /// Allocated on the first candidate token (a query-only tokenizer never needs it): 4 MB.
    private var cacheStorage: UnsafeMutableRawPointer?
    private var cache: UnsafeMutableRawPointer {
        if let cacheStorage { return cacheStorage }
        let c = UnsafeMutableRawPointer.allocate(byteCount: Self.cacheSlots * Self.slotBytes, alignment: 64)
        c.initializeMemory(as: UInt8.self, repeating: 0, count: Self.cacheSlots * Self.slotBytes)
        cacheStorage = c
        return c
    }

    /// A splitter over `lexicon`, loaded on first need (by default ``CompoundLexicon/general``; a token
    /// too short to split loads nothing).
    public init(lexicon: @escaping @Sendable () -> CompoundLexicon = { CompoundLexicon.general }) {
        lexiconSource = lexicon
    }

    deinit { word.deallocate(); memo.deallocate(); cacheStorage?.deallocate() }

    /// Whether a folded token can be split at all (cheap; loads nothing).
    @inline(__always)
    public static func isCandidate(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.count >= 2 * minimumPart, token.count <= TokenLimit.maxBytes else { return false }
        for b in token where b &- UInt8(ascii: "a") > 25 { return false }
        return true
    }

    /// Splits a folded token: writes the `[start, end)` byte offsets of each part into `ranges` (room for
    /// 2 × ``maximumParts``) and returns the number of parts, 0 when it is not split. Cached.
    public func split(ofFolded token: UnsafeBufferPointer<UInt8>, into ranges: UnsafeMutablePointer<UInt8>) -> Int {
        guard Self.isCandidate(token) else { return 0 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in token { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h |= 1
        let cacheable = token.count <= Self.keyCapacity
        let slot = cache + Int(truncatingIfNeeded: h >> 20) & (Self.cacheSlots - 1) * Self.slotBytes
        if cacheable, slot.load(as: UInt64.self) == h, Int(slot.load(fromByteOffset: 8, as: UInt8.self)) == token.count,
           memcmp(slot + 18, token.baseAddress!, token.count) == 0 {
            let count = Int(slot.load(fromByteOffset: 9, as: UInt8.self))
            ranges.update(from: (slot + 10).assumingMemoryBound(to: UInt8.self), count: 2 * count)
            return count
        }
        let count = search(token) ? bestCount : 0
        for i in 0..<count { ranges[2 * i] = UInt8(bestStarts[i]); ranges[2 * i + 1] = UInt8(bestEnds[i]) }
        if cacheable {
            slot.storeBytes(of: h, as: UInt64.self)
            slot.storeBytes(of: UInt8(token.count), toByteOffset: 8, as: UInt8.self)
            slot.storeBytes(of: UInt8(count), toByteOffset: 9, as: UInt8.self)
            (slot + 10).copyMemory(from: ranges, byteCount: 2 * count)
            (slot + 18).copyMemory(from: token.baseAddress!, byteCount: token.count)
        }
        return count
    }

    /// Whether a folded token is a word of the lexicon (loads the lexicon).
    public func isWord(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        token.count <= TokenLimit.maxBytes && lexicon.zipfTimesTen(token) >= 0
    }

    /// The parts of a folded token (unstemmed), empty when it is not split.
    public func parts(ofFolded token: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        var ranges = [UInt8](repeating: 0, count: 2 * Self.maximumParts)
        let count = ranges.withUnsafeMutableBufferPointer { split(ofFolded: token, into: $0.baseAddress!) }
        return (0..<count).map { Array(token[Int(ranges[2 * $0])..<Int(ranges[2 * $0 + 1])]) }
    }

    /// The decision for `word` (folded first), with its reasons. Uncached; for tools and tests.
    public func decide(_ text: String) -> Decision {
        let w = Array(TokenFolding.fold(text).utf8)
        return w.withUnsafeBufferPointer { token -> Decision in
            guard Self.isCandidate(token) else { return .notCandidate }
            let splits = search(token)
            let whole = lexicon.zipfTimesTen(token)
            if whole >= Self.commonTimesTen { return .common(Double(whole) / 10) }
            let wordScore = whole < 0 ? nil : Double(max(whole, Self.rareTimesTen)) / 10
            var best: Split?
            if bestCount > 0 {
                best = Split(parts: (0..<bestCount).map { String(decoding: token[bestStarts[$0]..<bestEnds[$0]], as: UTF8.self) },
                             linkers: (0..<(bestCount - 1)).map { String(decoding: token[bestEnds[$0]..<bestStarts[$0 + 1]], as: UTF8.self) },
                             score: Double(bestSum) / Double(bestCount) / 10)
            }
            if splits, let best { return .split(best, wordScore: wordScore) }
            return .whole(wordScore: wordScore, bestSplit: best)
        }
    }

    private var lexicon: CompoundLexicon {
        if let loaded { return loaded }
        let l = lexiconSource()
        loaded = l
        return l
    }

    /// Finds the best split of `token` into `best…`; true when it beats the word itself.
    private func search(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let lexicon = self.lexicon
        bestCount = 0; bestSum = 0
        let whole = lexicon.zipfTimesTen(token)
        if whole >= Self.commonTimesTen { return false }
        n = token.count
        word.update(from: token.baseAddress!, count: n)
        for i in 0...n { (memo + i * 65).update(repeating: -3, count: n + 1) }
        depth = 0; sum = 0
        walk(0, lexicon)
        guard bestCount > 0 else { return false }
        // Better than the word: mean part score above the word's own (a rare word scores `rare`).
        if whole < 0 { return true }
        return Self.adjusted(bestSum, bestCount) > Double(max(whole, Self.rareTimesTen))
    }

    @inline(__always)
    private func score(_ i: Int, _ j: Int, _ fnv: UInt64, _ lexicon: CompoundLexicon) -> Int {
        let k = i * 65 + j
        var v = Int(memo[k])
        if v == -3 {
            let z = lexicon.zipfTimesTen(UnsafeBufferPointer(start: word + i, count: j - i), fnv: fnv)
            v = z < 0 ? -1 : max(z, Self.rareTimesTen)
            memo[k] = Int16(v)
        }
        return v
    }

    private func walk(_ i: Int, _ lexicon: CompoundLexicon) {
        let minimum = Self.minimumPart
        var h = CompoundLexicon.fnvBasis
        for k in i..<(i + minimum - 1) { h = (h ^ UInt64(word[k])) &* CompoundLexicon.fnvPrime }
        var j = i + minimum
        while j <= n {
            defer { j += 1 }
            h = (h ^ UInt64(word[j - 1])) &* CompoundLexicon.fnvPrime  // hash of word[i..<j]
            if j < n, n - j < minimum { continue }
            let z = score(i, j, h, lexicon)
            guard z >= 0 else { continue }
            starts[depth] = i; ends[depth] = j; depth += 1; sum += z
            defer { depth -= 1; sum -= z }
            if j == n {
                if depth >= 2, better(), !joinsCommonWord(lexicon) {
                    bestCount = depth; bestSum = sum
                    for k in 0..<depth { bestStarts[k] = starts[k]; bestEnds[k] = ends[k] }
                }
                continue
            }
            guard depth < Self.maximumParts else { continue }
            walk(j, lexicon)
            // Linkers: `en`, `er`, `s`, `e` before the next part.
            let c = word[j]
            if c == UInt8(ascii: "s"), n - j - 1 >= minimum { walk(j + 1, lexicon) }
            if c == UInt8(ascii: "e") {
                if n - j - 1 >= minimum { walk(j + 1, lexicon) }
                if j + 1 < n, word[j + 1] == UInt8(ascii: "n"), n - j - 2 >= minimum { walk(j + 2, lexicon) }
                // `er`, the old plural linker of short nouns: `kind|er|oncologie`, `blad|er|deeg`. Not
                // after a longer part (`afhandel|termijn`, not `afhandelt|er|mijn`), nor where the part
                // with `er` is a word itself (`winter|weer`, not `wint|er|weer`).
                if j + 1 < n, word[j + 1] == UInt8(ascii: "r"), n - j - 2 >= minimum, j - i <= 5,
                   lexicon.zipfTimesTen(UnsafeBufferPointer(start: word + i, count: j + 2 - i)) < 0 {
                    walk(j + 2, lexicon)
                }
            }
        }
    }

    /// A split's mean Zipf × 10, less ``extraPartPenalty`` × 10 for each part beyond two: without it
    /// short frequent words win (`vreemd|elin|genk|eten` over `vreemdelingen|keten`).
    @inline(__always)
    static func adjusted(_ sum: Int, _ count: Int) -> Double {
        Double(sum) / Double(count) - Double(count - 2) * extraPartPenalty * 10
    }

    /// Zipf deducted from a split's score for each part beyond two.
    public static let extraPartPenalty = 0.5

    /// Whether the current split beats the best so far: higher mean, then fewer parts, then longer head.
    @inline(__always)
    private func better() -> Bool {
        guard bestCount > 0 else { return true }
        let a = Self.adjusted(sum, depth), b = Self.adjusted(bestSum, bestCount)
        if a != b { return a > b }
        if depth != bestCount { return depth < bestCount }
        return ends[depth - 1] - starts[depth - 1] > bestEnds[bestCount - 1] - bestStarts[bestCount - 1]
    }

    /// Whether consecutive parts of the current split (with their linkers) spell a common word, which
    /// stays whole (`maat|regel` inside `kinderbescherming|s|maat|regel`).
    private func joinsCommonWord(_ lexicon: CompoundLexicon) -> Bool {
        guard depth > 2 else { return false }
        for a in 0..<(depth - 1) {
            for b in (a + 1)..<depth where !(a == 0 && b == depth - 1) {
                let z = lexicon.zipfTimesTen(UnsafeBufferPointer(start: word + starts[a], count: ends[b] - starts[a]))
                if z >= Self.commonTimesTen { return true }
            }
        }
        return false
    }
}

/// Splits Dutch compounds and glued words into known words (Koehn & Knight 2003), for extra index terms.
///
/// A folded token (ASCII letters only, at least ``minimumPart`` × 2 long) is split into 2 to
/// ``maximumParts`` parts, each a word of the ``CompoundLexicon`` of at least ``minimumPart`` letters,
/// with an optional linker `s`, `e` or `en` between two parts (`kinderbescherming|s|maatregel`).
/// Among all such splits the one whose parts have the highest geometric mean frequency wins (the mean
/// of their Zipf values from ``CompoundFrequencies``; fewer parts, then a longer head, break ties).
/// "No split" takes part too:
/// - a common word (Zipf ≥ ``commonZipf``: `maatregel`, `staatssecretaris`) is never split, neither
///   alone nor inside a longer split (no `kinderbescherming|s|maat|regel`);
/// - another word of the lexicon (`kinderbeschermingsmaatregel`) is split only when the split scores
///   higher than the word itself (rare words score ``CompoundFrequencies/rareZipf``);
/// - a token that is not a word (`versterkingsgelden`, the glued `verklaringaangegeven`) takes the
///   best split, if any.
///
/// Deterministic: the result depends only on the token, the word list and the shipped frequencies.
/// Not thread-safe (the cache); use one splitter per tokenizer.
public final class CompoundSplitter {
    /// Shortest part, in letters.
    public static let minimumPart = 4
    /// Most parts in a split.
    public static let maximumParts = 4
    /// Words at least this common (Zipf, i.e. once per million words and more) are never split.
    public static let commonZipf = 3.0
    /// Linkers (Dutch *tussenklanken*) that may stand between two parts, longest first.
    static let linkers: [[UInt8]] = [Array("en".utf8), Array("s".utf8), Array("e".utf8)]

    /// One chosen split.
    public struct Split: Sendable, Equatable {
        /// The parts (folded words), in order.
        public var parts: [String]
        /// The linker after each part but the last (`""` when none).
        public var linkers: [String]
        /// Geometric mean frequency of the parts, as a Zipf value.
        public var score: Double
        /// `kinder|bescherming|s|maatregel`: parts and linkers.
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
        /// No split beats the word (its Zipf value as a word, nil when it is no word; the best split's
        /// score, nil when none is possible).
        case whole(wordScore: Double?, bestSplit: Split?)
        /// Split; `wordScore` is the word's own score (nil: not a word, so a glued or unknown compound).
        case split(Split, wordScore: Double?)

        /// The parts to index (empty unless split).
        public var parts: [String] {
            if case .split(let s, _) = self { return s.parts }
            return []
        }
    }

    private let lexicon: () -> CompoundLexicon
    private let frequencies: () -> CompoundFrequencies
    private var cache: [[UInt8]: [[UInt8]]] = [:]
    private static let cacheLimit = 1 << 16

    /// A splitter over `lexicon` and `frequencies`, each loaded on first need (by default the shared
    /// ones; a token too short to split loads nothing).
    public init(lexicon: @escaping @Sendable () -> CompoundLexicon = { CompoundLexicon.shared },
                frequencies: @escaping @Sendable () -> CompoundFrequencies = { CompoundFrequencies.shared }) {
        self.lexicon = lexicon
        self.frequencies = frequencies
    }

    /// Whether a folded token can be split at all (cheap; loads nothing).
    @inline(__always)
    public static func isCandidate(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.count >= 2 * minimumPart, token.count <= TokenLimit.maxBytes else { return false }
        for b in token where b < UInt8(ascii: "a") || b > UInt8(ascii: "z") { return false }
        return true
    }

    /// The parts of a folded token (unstemmed, folded), empty when it is not split. Cached.
    public func parts(ofFolded token: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        guard Self.isCandidate(token) else { return [] }
        let key = Array(token)
        if let hit = cache[key] { return hit }
        let result = decide(key).parts.map { Array($0.utf8) }
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = result
        return result
    }

    /// The decision for `word` (folded first), with its reasons. Uncached; for tools and tests.
    public func decide(_ word: String) -> Decision {
        decide(Array(TokenFolding.fold(word).utf8))
    }

    private func decide(_ w: [UInt8]) -> Decision {
        let ok = w.withUnsafeBufferPointer { Self.isCandidate($0) }
        guard ok else { return .notCandidate }
        let lexicon = self.lexicon(), frequencies = self.frequencies()
        let word = String(decoding: w, as: UTF8.self)
        let wordZipf = frequencies.zipf(word)
        if let z = wordZipf, z >= Self.commonZipf { return .common(z) }
        let isWord = wordZipf != nil || w.withUnsafeBufferPointer { lexicon.contains($0) }
        let wordScore = isWord ? (wordZipf ?? CompoundFrequencies.rareZipf) : nil
        let best = bestSplit(w, lexicon, frequencies)
        if let best, wordScore.map({ best.score > $0 }) ?? true {
            return .split(best, wordScore: wordScore)
        }
        return .whole(wordScore: wordScore, bestSplit: best)
    }

    /// Every split of `w` into known parts and linkers, the best kept.
    private func bestSplit(_ w: [UInt8], _ lexicon: CompoundLexicon, _ frequencies: CompoundFrequencies) -> Split? {
        let n = w.count
        let minimum = Self.minimumPart
        // known[i * (n + 1) + j]: 0 unknown yet, 1 a word, 2 not.
        var known = [UInt8](repeating: 0, count: (n + 1) * (n + 1))
        var best: (parts: [Range<Int>], linkers: [Int], score: Double)?
        var parts: [Range<Int>] = []
        var linkers: [Int] = []  // index into `linkers` + 1, 0 for none

        func isWord(_ i: Int, _ j: Int) -> Bool {
            let k = i * (n + 1) + j
            if known[k] == 0 {
                let found = w.withUnsafeBufferPointer { lexicon.contains(UnsafeBufferPointer(rebasing: $0[i..<j])) }
                known[k] = found ? 1 : 2
            }
            return known[k] == 1
        }
        func zipf(_ r: Range<Int>) -> Double {
            frequencies.zipf(String(decoding: w[r], as: UTF8.self)) ?? CompoundFrequencies.rareZipf
        }
        func better(_ p: [Range<Int>], _ score: Double) -> Bool {
            guard let b = best else { return true }
            if abs(score - b.score) > 1e-9 { return score > b.score }
            if p.count != b.parts.count { return p.count < b.parts.count }
            return p.last!.count > b.parts.last!.count
        }
        // Whether consecutive parts (with their linkers) spell a common word, which stays whole
        // (`maat|regel` inside `kinderbescherming|s|maat|regel`).
        func joinsCommonWord() -> Bool {
            for a in 0..<(parts.count - 1) {
                for b in (a + 1)..<parts.count where !(a == 0 && b == parts.count - 1) {
                    let run = String(decoding: w[parts[a].lowerBound..<parts[b].upperBound], as: UTF8.self)
                    if let z = frequencies.zipf(run), z >= Self.commonZipf { return true }
                }
            }
            return false
        }
        func walk(_ i: Int) {
            var j = i + minimum
            while j <= n {
                defer { j += 1 }
                if j < n, n - j < minimum { continue }
                guard isWord(i, j) else { continue }
                parts.append(i..<j)
                defer { parts.removeLast() }
                if j == n {
                    guard parts.count >= 2, !joinsCommonWord() else { continue }
                    let score = parts.reduce(0) { $0 + zipf($1) } / Double(parts.count)
                    if better(parts, score) { best = (parts, linkers, score) }
                    continue
                }
                guard parts.count < Self.maximumParts else { continue }
                linkers.append(0)
                walk(j)
                linkers.removeLast()
                for (l, linker) in Self.linkers.enumerated() {
                    let after = j + linker.count
                    guard n - after >= minimum, w[j..<after].elementsEqual(linker) else { continue }
                    linkers.append(l + 1)
                    walk(after)
                    linkers.removeLast()
                }
            }
        }
        walk(0)
        guard let best else { return nil }
        return Split(parts: best.parts.map { String(decoding: w[$0], as: UTF8.self) },
                     linkers: best.linkers.map { $0 == 0 ? "" : String(decoding: Self.linkers[$0 - 1], as: UTF8.self) },
                     score: best.score)
    }
}

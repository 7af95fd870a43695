/// The Dutch analysis chain applied to one token that `unicode61 remove_diacritics 2` produced:
/// ``TokenFolding`` (ĳ, ligatures, soft hyphen), ``TokenLimit`` (no stemming above the cap), then the
/// stem: ``StemOverrides``, else the ``IesPluralRule``, then ``PorterStemmer``; stems are cached per
/// distinct token in a ``StemCache``.
///
/// Not thread-safe (its stem cache is not): use one analyzer per thread or a lock.
public final class DutchAnalyzer {
    /// Version of the analysis (folding, cap, overrides, `-ies` rule, stemmer choice, compound parts:
    /// ``CompoundSplitter`` and how its ``CompoundFrequencies`` are made). Bump it whenever the terms of
    /// a token can change: indexes record it and must be rebuilt.
    /// 2: compound and glued-word parts (`\u{3}`-marked stems) in document mode.
    /// 3: the splitter's frequencies counted in the indexed collection (stored in the index).
    /// 4: the linker `er` (`kind|er|oncologie`); parts at a lower/upper-case boundary (`inTajikistan`).
    public static let version = 4

    /// The raw Porter stemmer of the chain.
    public let porter: PorterStemmer
    private let ies: IesPluralRule
    private let overrides: [String: String]
    /// Hashes of the override keys: a miss checks these before building a `String`.
    private let overrideHashes: Set<UInt64>
    /// Whether ``PorterShortcut`` may skip words: true unless an override key is such a word.
    private let shortcutApplies: Bool
    /// The per-token stem cache (exposed for statistics).
    public let cache: StemCache

    /// A chain using `lexicon` for the `-ies` rule (loaded only when an `-ies` word comes by; by default
    /// ``IeWordList/shared``).
    /// Throws ``PorterStemmer/Failure`` when the stemmer fails its start-up probes.
    public init(lexicon: @escaping @Sendable () -> Lexicon = { IeWordList.shared },
                overrides: [String: String] = StemOverrides.table,
                cache: StemCache = StemCache()) throws {
        porter = try PorterStemmer()
        ies = IesPluralRule(lexicon: lexicon)
        self.overrides = overrides
        shortcutApplies = overrides.keys.allSatisfy { key in
            !Array(key.utf8).withUnsafeBufferPointer(PorterShortcut.leavesUnchanged)
        }
        overrideHashes = Set(overrides.keys.map { Array($0.utf8).withUnsafeBufferPointer(StemCache.hash) })
        self.cache = cache
    }

    /// Writes the stem of a folded token (lower-case UTF-8, as unicode61 emits and ``TokenFolding``
    /// completes) into `out`, which has room for ``TokenLimit/maxBytes`` bytes, and returns its length;
    /// nil when the stem equals the token, the token is longer than the cap, or the stem would not fit
    /// with a one-byte marker (over `maxBytes - 1`).
    @inline(__always)
    public func stem(ofFolded token: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        guard !token.isEmpty, token.count <= TokenLimit.maxBytes else { return nil }
        if shortcutApplies, PorterShortcut.leavesUnchanged(token) { return nil }
        switch cache.lookup(token, into: out) {
        case .unchanged: return nil
        case .stem(let n): return n
        case .missing: return computeAndCache(token, into: out)
        }
    }

    /// A cache miss. Words that may need an override or the `-ies` rule go through `String`; the rest
    /// (nearly all) are stemmed on their bytes.
    private func computeAndCache(_ token: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        func store(_ stem: UnsafeBufferPointer<UInt8>) -> Int? {
            guard !stem.isEmpty, stem.count < TokenLimit.maxBytes, !stem.elementsEqual(token) else {
                cache.insert(token, stem: nil)
                return nil
            }
            cache.insert(token, stem: stem)
            out.update(from: stem.baseAddress!, count: stem.count)
            return stem.count
        }
        if IesPluralRule.applies(to: token) || overrideHashes.contains(StemCache.hash(token)) {
            let stem = chainStem(String(decoding: token, as: UTF8.self))
            return Array(stem.utf8).withUnsafeBufferPointer(store)
        }
        return porter.withStem(of: token, store)
    }

    /// The chain's stem of a folded word, uncached: override, else `-ies` rule, then Porter.
    private func chainStem(_ word: String) -> String {
        if let o = overrides[word] { return o }
        return porter.stem(ies.singular(of: word) ?? word)
    }

    /// The chain's stem of `word`, folded first (``TokenFolding/fold(_:)``); words over the cap come back
    /// folded and truncated, unstemmed. Convenience for tests and tools.
    public func stem(_ word: String) -> String {
        let folded = Array(TokenFolding.fold(word).utf8)
        return folded.withUnsafeBufferPointer { buf in
            let token = UnsafeBufferPointer(rebasing: buf[0..<TokenLimit.clampedLength(buf)])
            var out = [UInt8](repeating: 0, count: TokenLimit.maxBytes)
            guard buf.count <= TokenLimit.maxBytes,
                  let m = out.withUnsafeMutableBufferPointer({ stem(ofFolded: token, into: $0.baseAddress!) })
            else { return String(decoding: token, as: UTF8.self) }
            return String(decoding: out[0..<m], as: UTF8.self)
        }
    }
}

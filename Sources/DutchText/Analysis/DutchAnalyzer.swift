/// The Dutch analysis chain applied to one token that `unicode61 remove_diacritics 2` produced:
/// ``TokenFolding`` (ĳ, ligatures, soft hyphen), ``TokenLimit`` (no stemming above the cap), then the
/// stem: ``StemOverrides``, else the ``IesPluralRule``, then ``PorterStemmer``; stems are cached per
/// distinct token in a ``StemCache``.
///
/// Not thread-safe (libstemmer's stemmer is not): use one analyzer per thread or a lock.
public final class DutchAnalyzer {
    /// Version of the analysis (folding, cap, overrides, `-ies` rule, stemmer choice). Bump it whenever
    /// the terms of a token can change: indexes record it and must be rebuilt.
    public static let version = 1

    /// The raw Porter stemmer of the chain.
    public let porter: PorterStemmer
    private let ies: IesPluralRule
    private let overrides: [String: String]
    /// The per-token stem cache (exposed for statistics).
    public let cache: StemCache

    /// A chain using `lexicon` for the `-ies` rule (loaded only when an `-ies` word comes by).
    /// Throws ``PorterStemmer/Failure`` when libstemmer has no Porter Dutch stemmer.
    public init(lexicon: @escaping @Sendable () -> Lexicon = { Lexicon.shared },
                overrides: [String: String] = StemOverrides.table,
                cache: StemCache = StemCache()) throws {
        porter = try PorterStemmer()
        ies = IesPluralRule(lexicon: lexicon)
        self.overrides = overrides
        self.cache = cache
    }

    /// Calls `body` with the stem of a folded token (lower-case UTF-8, as unicode61 emits and
    /// ``TokenFolding`` completes), or with nil when the stem equals the token or the token is longer
    /// than ``TokenLimit/maxBytes``. The bytes are valid only during the call.
    @inline(__always)
    public func withStem<R>(ofFolded token: UnsafeBufferPointer<UInt8>,
                            _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        guard !token.isEmpty, token.count <= TokenLimit.maxBytes else { return body(nil) }
        let entry = cache.lookup(token) ?? computeAndCache(token)
        switch entry {
        case .unchanged: return body(nil)
        case .stem(let s): return body(s)
        }
    }

    private func computeAndCache(_ token: UnsafeBufferPointer<UInt8>) -> StemCache.Entry {
        let word = String(decoding: token, as: UTF8.self)
        let stem = chainStem(word)
        if stem == word { return cache.insert(token, stem: nil) }
        return Array(stem.utf8).withUnsafeBufferPointer { cache.insert(token, stem: $0) }
    }

    /// The chain's stem of a folded word, uncached: override, else `-ies` rule, then Porter.
    private func chainStem(_ word: String) -> String {
        if let o = overrides[word] { return o }
        return porter.stem(ies.singular(of: word) ?? word)
    }

    /// The chain's stem of `word`, folded first (``TokenFolding/fold(_:)``); words over the cap come back
    /// folded and truncated, unstemmed. Convenience for tests and tools.
    public func stem(_ word: String) -> String {
        var folded = Array(TokenFolding.fold(word).utf8)
        return folded.withUnsafeMutableBufferPointer { buf in
            let n = TokenLimit.clampedLength(UnsafeBufferPointer(buf))
            let token = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buf)[0..<n])
            return withStem(ofFolded: token) { String(decoding: $0 ?? token, as: UTF8.self) }
        }
    }
}

/// Martin Porter's Dutch stemmer (Snowball `dutch_porter`), our own Swift implementation
/// (``SnowballDutchStemmer``), verified at start-up with probe words whose Porter stems differ from
/// Kraaij-Pohlmann's (the algorithm Snowball 3 calls `dutch`, which conflates `gemeente` with `mening`).
///
/// Stateless and thread-safe; a class so that the analysis chain holds one instance, as before.
public final class PorterStemmer: @unchecked Sendable {
    /// Why the stemmer failed its start-up check.
    public enum Failure: Error, CustomStringConvertible {
        case notPorter(got: [String: String])
        public var description: String {
            switch self {
            case .notPorter(let got): return "the Dutch stemmer does not give Porter's stems (probe stems: \(got))"
            }
        }
    }

    /// Probe words whose Porter stems differ from Kraaij-Pohlmann's, with the Porter stem (from the
    /// Snowball `dutch_porter` oracle).
    public static let probes: [(word: String, stem: String)] = [
        ("gemeente", "gemeent"), ("minister", "minister"), ("mening", "mening"),
        ("begeleiding", "begeleid"), ("radicalisering", "radicaliser"), ("vragen", "vrag"),
    ]

    /// The algorithm's name in the analyser identity.
    public let algorithm = "dutch_porter"

    /// Checks the probes; throws ``Failure`` when a stem differs.
    public convenience init() throws {
        try self.init(checking: SnowballDutchStemmer.stem)
    }

    /// Checks the probes on `stem` (tests hand in a stemmer that is not Porter's).
    init(checking stem: (String) -> String) throws {
        var got: [String: String] = [:]
        var ok = true
        for probe in Self.probes {
            let s = stem(probe.word)
            got[probe.word] = s
            if s != probe.stem { ok = false }
        }
        if !ok { throw Failure.notPorter(got: got) }
    }

    /// Calls `body` with Porter's stem of lower-case UTF-8 bytes (valid only during the call). The
    /// input must not contain upper-case `I`/`Y` (internal markers of the algorithm).
    @inlinable
    public func withStem<R>(of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        SnowballDutchStemmer.withStem(of: word, body)
    }

    /// Porter's stem of a lower-case word.
    public func stem(_ word: String) -> String { SnowballDutchStemmer.stem(word) }
}

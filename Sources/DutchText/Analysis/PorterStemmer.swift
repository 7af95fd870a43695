import CStemmer

/// Martin Porter's Dutch stemmer from Snowball's libstemmer, verified at start-up.
///
/// Snowball 3.x calls it `dutch_porter` and gives the name `dutch` to Kraaij-Pohlmann; libstemmer 2.x
/// (Debian bookworm's `libstemmer-dev` 2.2.0) ships Porter under the name `dutch`. We ask for
/// `dutch_porter` first and accept `dutch` only when probe words stem the Porter way (Kraaij-Pohlmann
/// stems `minister` → `mini`, `mening` → `meen`); otherwise creation fails.
///
/// Not thread-safe: one instance per thread, or guard it with a lock.
public final class PorterStemmer {
    /// Why a stemmer could not be created.
    public enum Failure: Error, CustomStringConvertible {
        case unavailable
        case notPorter(algorithm: String, got: [String: String])
        public var description: String {
            switch self {
            case .unavailable:
                return "libstemmer has neither 'dutch_porter' nor 'dutch'"
            case .notPorter(let algorithm, let got):
                return "libstemmer's '\(algorithm)' is not Porter's Dutch stemmer (probe stems: \(got))"
            }
        }
    }

    /// Probe words whose Porter stems differ from Kraaij-Pohlmann's, with the Porter stem
    /// (from the Snowball `dutch_porter` oracle).
    public static let probes: [(word: String, stem: String)] = [
        ("gemeente", "gemeent"), ("minister", "minister"), ("mening", "mening"),
        ("begeleiding", "begeleid"), ("radicalisering", "radicaliser"), ("vragen", "vrag"),
    ]

    /// The libstemmer algorithm name actually used: `dutch_porter` or `dutch`.
    public let algorithm: String
    private let handle: OpaquePointer

    /// Opens `dutch_porter`, else `dutch` when it is Porter. Throws ``Failure`` otherwise.
    public convenience init() throws {
        try self.init(candidates: ["dutch_porter", "dutch"])
    }

    /// Opens the first of `candidates` (libstemmer algorithm names) that exists and passes the probes.
    init(candidates: [String]) throws {
        var lastFailure = Failure.unavailable
        for name in candidates {
            guard let h = sb_stemmer_new(name, "UTF_8") else { continue }
            var got: [String: String] = [:]
            var ok = true
            for probe in Self.probes {
                let s = Self.stem(probe.word, with: h)
                got[probe.word] = s
                if s != probe.stem { ok = false }
            }
            if ok {
                algorithm = name
                handle = h
                return
            }
            sb_stemmer_delete(h)
            lastFailure = .notPorter(algorithm: name, got: got)
        }
        throw lastFailure
    }

    deinit { sb_stemmer_delete(handle) }

    /// Calls `body` with Porter's stem of lower-case UTF-8 bytes (valid only during the call). The
    /// input must not contain upper-case `I`/`Y` (internal markers of the algorithm).
    public func withStem<R>(of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard !word.isEmpty, let out = sb_stemmer_stem(handle, word.baseAddress, Int32(word.count)) else {
            return body(word)  // NULL only when out of memory: treat as unchanged
        }
        return body(UnsafeBufferPointer(start: out, count: Int(sb_stemmer_length(handle))))
    }

    /// Porter's stem of a lower-case word. The input must not contain upper-case `I`/`Y` (internal
    /// markers of the algorithm); the chain caches results, so this allocating form is fine.
    public func stem(_ word: String) -> String { Self.stem(word, with: handle) }

    private static func stem(_ word: String, with h: OpaquePointer) -> String {
        guard !word.isEmpty else { return word }
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { buf in
            guard let out = sb_stemmer_stem(h, buf.baseAddress, Int32(buf.count)) else { return word }
            let n = Int(sb_stemmer_length(h))
            return String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self)
        }
    }
}

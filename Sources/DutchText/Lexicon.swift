import Foundation

/// A Dutch word list, used to decide whether a string is a word: for line-break hyphens, the `-ies`
/// plural rule and compound parts.
///
/// Loaded lazily, once per process, from ``WordListSource``: the OpenTaal list compiled into the
/// program, or the file `$KAMERVRAGEN_LEXICON` names. ``identity`` says which list was used.
public final class Lexicon: Sendable {
    /// The process-wide lexicon.
    public static let shared: Lexicon = Lexicon.loadDefault()

    /// The lower-cased words.
    private let words: DocumentWords
    /// Folded forms of the non-ASCII words only (an ASCII lower-case word is its own fold, so the
    /// folded list is the ASCII words plus these), made on the first ``containsFolded(_:)``.
    private let folded: FoldedWords
    /// Where the words came from and how many there are, e.g. `bundled OpenTaal 2.20 …:413288`.
    public let identity: String

    /// A lexicon of the given words (lower-cased here).
    public init<S: Sequence>(words: S, identity: String) where S.Element == String {
        var set = DocumentWords()
        var nonASCII: [String] = []
        for w in words {
            let lower = w.lowercased()
            set.insert(lower)
            if !lower.utf8.allSatisfy({ $0 < 0x80 }) { nonASCII.append(lower) }
        }
        self.words = set
        self.folded = FoldedWords(nonASCII)
        self.identity = identity
    }

    /// A lexicon of a word list file's bytes: one word per line, `#` comments and blank lines skipped.
    /// UTF-8, or Latin-1 when the bytes are not valid UTF-8. Pure-ASCII lines (nearly all) are trimmed
    /// and lower-cased on bytes; only the others go through Foundation.
    init(listData bytes: [UInt8], identity: String) {
        // About one word per 11 bytes of list.
        var set = DocumentWords(expectedWords: bytes.count / 11, bytes: bytes.count)
        var nonASCII: [String] = []
        let utf8: [UInt8]
        if FastText.validUTF8(bytes) != nil {
            utf8 = bytes
        } else {
            // Latin-1: every byte is its own code point.
            var scalars = String.UnicodeScalarView()
            for b in bytes { scalars.append(Unicode.Scalar(b)) }
            utf8 = Array(String(scalars).utf8)
        }
        utf8.withUnsafeBufferPointer { buf in
            let n = buf.count
            var start = 0
            var i = 0
            while i <= n {
                // Line ends: LF, VT, FF, CR (CRLF is one break), and U+0085, U+2028, U+2029.
                var breakLength = 0
                if i == n {
                    breakLength = 1
                } else {
                    let b = buf[i]
                    if b == 0x0A || b == 0x0B || b == 0x0C || b == 0x0D {
                        breakLength = 1
                    } else if b == 0xC2, i + 1 < n, buf[i + 1] == 0x85 {
                        breakLength = 2
                    } else if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80, buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9 {
                        breakLength = 3
                    }
                }
                guard breakLength > 0 else { i += 1; continue }
                Lexicon.addLine(buf, start, i, words: &set, nonASCII: &nonASCII)
                if i < n, buf[i] == 0x0D, i + 1 < n, buf[i + 1] == 0x0A { breakLength = 2 }
                i += breakLength
                start = i
            }
        }
        self.words = set
        self.folded = FoldedWords(nonASCII)
        self.identity = identity
    }

    private static func addLine(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                words: inout DocumentWords, nonASCII: inout [String]) {
        var lo = start, hi = end
        var ascii = true
        for k in lo..<hi where buf[k] >= 0x80 { ascii = false; break }
        if ascii {
            while lo < hi, buf[lo] == 0x20 || buf[lo] == 0x09 { lo += 1 }
            while hi > lo, buf[hi - 1] == 0x20 || buf[hi - 1] == 0x09 { hi -= 1 }
            guard lo < hi, buf[lo] != UInt8(ascii: "#") else { return }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: hi - lo) { word in
                for k in lo..<hi {
                    let b = buf[k]
                    word[k - lo] = b &- 0x41 < 26 ? b | 0x20 : b
                }
                words.insert(utf8: UnsafeBufferPointer(word))
            }
        } else {
            let word = String(decoding: UnsafeBufferPointer(rebasing: buf[lo..<hi]), as: UTF8.self)
                .trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty, !word.hasPrefix("#") else { return }
            let lower = word.lowercased()
            words.insert(lower)
            nonASCII.append(lower)
        }
    }

    /// Number of distinct words.
    public var count: Int { words.count }

    /// Whether `word`, lower-cased, is in the list as written (diacritics count).
    public func contains(_ word: String) -> Bool {
        words.contains(Self.isLowerCaseASCII(word) ? word : word.lowercased())
    }

    /// ``contains(_:)`` for a lower-cased word of these UTF-8 bytes that holds only scalars up to
    /// U+00FF (its own lower-case form, as ASCII without capitals and `ä ë ï ö ü` are).
    func contains(lowerLatin word: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains(latin: word)
    }

    /// Whether `word` is in the list once case and diacritics are folded (`financiele` ~ `financiële`).
    public func containsFolded(_ word: String) -> Bool {
        // A folded form in `words` is in the folded list (folding is idempotent).
        let f = Lexicon.fold(word.lowercased())
        return words.contains(f) || folded.contains(f)
    }

    /// Whether `word` is ASCII without capitals: its own lower-case form.
    private static func isLowerCaseASCII(_ word: String) -> Bool {
        word.utf8.allSatisfy { $0 < 0x80 && $0 &- 0x41 >= 26 }
    }

    /// Lower-case and strip diacritics (`Coördinator` → `coordinator`).
    public static func fold(_ s: String) -> String {
        // ASCII (nearly every word): only the case to fold, done on bytes.
        var ascii = true, upper = false
        for b in s.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b &- 0x41 < 26 { upper = true }
        }
        if ascii {
            guard upper else { return s }
            return String(decoding: s.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    private static func loadDefault() -> Lexicon {
        let (data, identity) = WordListSource.load(environment: ProcessInfo.processInfo.environment)
        let lexicon = Lexicon(listData: [UInt8](data), identity: identity)
        return Lexicon(copyOf: lexicon, identity: "\(identity):\(lexicon.count)")
    }

    private init(copyOf other: Lexicon, identity: String) {
        words = other.words; folded = other.folded; self.identity = identity
    }
}

/// The folded forms of a lexicon's non-ASCII words, made once, on first use (the indexer never asks).
private final class FoldedWords: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [String]
    private var set: Set<String>?

    init(_ nonASCII: [String]) { words = nonASCII }

    func contains(_ folded: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        if set == nil {
            set = Set(words.map(Lexicon.fold))
            words = []
        }
        return set!.contains(folded)
    }
}

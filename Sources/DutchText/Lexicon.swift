import Foundation

/// A Dutch word list, used to decide whether a string is a word: for line-break hyphens, the `-ies`
/// plural rule and compound parts.
///
/// Loaded lazily, once per process, from the first of: `$KAMERVRAGEN_LEXICON`,
/// `/usr/share/dict/dutch` (Debian package `wdutch`, the OpenTaal list), `/usr/share/dict/nederlands`.
/// Without a list every lookup answers `false` and the callers fall back to their spelling rules;
/// ``identity`` says which list was used, so an index can record it.
public final class Lexicon: Sendable {
    /// The process-wide lexicon.
    public static let shared: Lexicon = Lexicon.loadDefault()

    private let exact: Set<String>
    private let folded: Set<String>
    /// Where the words came from and how many there are, e.g. `/usr/share/dict/dutch:413288`, or `none`.
    public let identity: String

    /// A lexicon of the given words (lower-cased here).
    public init<S: Sequence>(words: S, identity: String) where S.Element == String {
        var exact = Set<String>()
        var folded = Set<String>()
        for w in words {
            let lower = w.lowercased()
            exact.insert(lower)
            folded.insert(Lexicon.fold(lower))
        }
        self.exact = exact
        self.folded = folded
        self.identity = identity
    }

    /// Number of distinct words.
    public var count: Int { exact.count }

    /// Whether `word`, lower-cased, is in the list as written (diacritics count).
    public func contains(_ word: String) -> Bool { exact.contains(word.lowercased()) }

    /// Whether `word` is in the list once case and diacritics are folded (`financiele` ~ `financiële`).
    public func containsFolded(_ word: String) -> Bool { folded.contains(Lexicon.fold(word.lowercased())) }

    /// Lower-case and strip diacritics (`Coördinator` → `coordinator`).
    public static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    private static func loadDefault() -> Lexicon {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["KAMERVRAGEN_LEXICON"], !env.isEmpty {
            candidates.append(env)
        }
        candidates += ["/usr/share/dict/dutch", "/usr/share/dict/nederlands"]
        for path in candidates {
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1)
            else { continue }
            let words = text.split(whereSeparator: \.isNewline).lazy
                .map { String($0).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            let lexicon = Lexicon(words: words, identity: path)
            return Lexicon(copyOf: lexicon, identity: "\(path):\(lexicon.count)")
        }
        return Lexicon(words: [], identity: "none")
    }

    private init(copyOf other: Lexicon, identity: String) {
        exact = other.exact; folded = other.folded; self.identity = identity
    }
}

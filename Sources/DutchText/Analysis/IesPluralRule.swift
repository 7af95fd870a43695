/// Porter's Dutch stemmer leaves `-ies` plurals apart from their `-ie` singulars (`moties`/`motie`,
/// `commissies`/`commissie`: 0 of 203 such pairs conflate). This rule drops the final `s` of a word
/// ending in `ies` when the lexicon knows the result (172 of 203 pairs), before stemming.
///
/// The lexicon is consulted only for words ending in `ies`, so it loads lazily, on the first such word;
/// by default it is ``IeWordList/shared`` (the word list's `-ie` words only: milliseconds to load).
public struct IesPluralRule: Sendable {
    private let lexicon: @Sendable () -> Lexicon

    /// A rule checking candidates against `lexicon` (by default ``IeWordList/shared``, which answers as
    /// ``Lexicon/shared`` would for every candidate the rule asks about).
    public init(lexicon: @escaping @Sendable () -> Lexicon = { IeWordList.shared }) {
        self.lexicon = lexicon
    }

    /// Whether `bytes` (folded UTF-8) could be an `-ies` plural, without touching the lexicon.
    @inline(__always)
    public static func applies(to bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        return n > 4 && bytes[n - 3] == UInt8(ascii: "i") && bytes[n - 2] == UInt8(ascii: "e")
            && bytes[n - 1] == UInt8(ascii: "s")
    }

    /// The `-ie` singular of a folded `-ies` word when the lexicon knows it (`moties` → `motie`), else nil.
    public func singular(of word: String) -> String? {
        let ok = Array(word.utf8).withUnsafeBufferPointer { Self.applies(to: $0) }
        guard ok else { return nil }
        let candidate = String(word.dropLast())
        return lexicon().containsFolded(candidate) ? candidate : nil
    }
}

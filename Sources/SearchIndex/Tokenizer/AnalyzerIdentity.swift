import DutchText
import Foundation

/// Everything that decides which terms ``DutchTokenizer`` emits. The index stores it and compares it on
/// open: any difference means the index was built with another analysis and must be rebuilt.
public enum AnalyzerIdentity {
    /// The identity of the analysis of this process: repair and analysis versions, the stemmer
    /// algorithm (`swift:dutch_porter`, our own) with a checksum of its
    /// stems of fixed probe words, the override table's
    /// checksum, the token cap, the tokenizer and its wrapped arguments, and the word list (named without loading it).
    /// When no Porter stemmer is available, `stemmer.error` says why. Computed once per process.
    public static var current: [String: String] { computed }

    private static let computed: [String: String] = {
        var entries: [String: String] = [
            "tokenizer.name": DutchTokenizer.name,
            "tokenizer.wrapped": DutchTokenizer.wrappedTokenizer
                .map { $0 == "\u{AD}" ? "U+00AD" : $0 }.joined(separator: " "),
            "lexicon": lexiconFingerprint(),
        ]
        do {
            entries.merge(AnalysisIdentity.entries(of: try DutchAnalyzer()), uniquingKeysWith: { a, _ in a })
        } catch {
            entries["stemmer.error"] = String(describing: error)
        }
        return entries
    }()

    /// The identity of the word list the analysis reads (``WordListSource/fingerprint(environment:)``):
    /// the bundled list's version, size and checksum, or `path:size bytes` of `$KAMERVRAGEN_LEXICON`.
    public static func lexiconFingerprint(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        WordListSource.fingerprint(environment: environment)
    }
}

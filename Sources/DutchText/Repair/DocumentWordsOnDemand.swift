import Foundation

/// The words of a document's lines (``DocumentWords/init(lines:)``), collected only when first asked
/// for. Callers ask the lexicon first, so a document whose every word in question is a lexicon word
/// (most of them) never has its words collected.
public final class DocumentWordsOnDemand: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String]
    private var words: DocumentWords?

    /// Keeps `lines` as they are now; their words are collected on the first question.
    public init(lines: [String]) { self.lines = lines }

    private func withWords<R>(_ body: (DocumentWords) -> R) -> R {
        lock.lock(); defer { lock.unlock() }
        if words == nil {
            words = DocumentWords(lines: lines)
            lines = []
        }
        return body(words!)
    }

    /// ``DocumentWords/contains(_:)``.
    public func contains(_ word: String) -> Bool { withWords { $0.contains(word) } }

    /// ``DocumentWords/contains(latin:)``.
    func contains(latin word: UnsafeBufferPointer<UInt8>) -> Bool { withWords { $0.contains(latin: word) } }
}

import DutchText
import Foundation

/// The first step of a rebuild: counts the word-list words in the files to index (``CorpusWordCounts``),
/// on every core, for the compound splitter's ``CompoundFrequencies`` (smoothed with general Dutch). A
/// byte scan of the raw text, no parsing: a few percent of the rebuild. PDFs and Word files are not read (their text must be extracted first),
/// nor files over the size limit or unreadable ones (the parse step reports those).
enum FrequencyScan {
    /// The counts (over ``CompoundLexicon/general``) of the words of `files`.
    static func run(_ files: [FoundFile], maxFileSize: Int, workers: Int) -> CorpusWordCounts {
        let lexicon = CompoundLexicon.general
        guard lexicon.count > 0 else { return CorpusWordCounts(lexicon: lexicon) }
        let texts = files.filter { $0.size <= maxFileSize && !$0.path.lowercased().hasSuffix(".pdf") && !$0.path.lowercased().hasSuffix(".docx") }
        let threads = max(1, min(workers, texts.count))
        let shared = Shared(CorpusWordCounts(lexicon: lexicon))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var counts = CorpusWordCounts(lexicon: lexicon)
            while let i = shared.nextFile(below: texts.count) {
                guard case .success(let data) = FileContents.read(texts[i].path, limit: maxFileSize) else { continue }
                data.withUnsafeBytes { counts.add($0.bindMemory(to: UInt8.self)) }
            }
            shared.merge(counts)
        }
        return shared.total
    }

    /// The next file to read and the merged counts, behind one lock.
    private final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private(set) var total: CorpusWordCounts
        init(_ empty: CorpusWordCounts) { total = empty }
        func nextFile(below count: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
        func merge(_ counts: CorpusWordCounts) { lock.lock(); total.merge(counts); lock.unlock() }
    }
}

import DutchText
import Foundation

/// The first step of a rebuild: counts the word-list words in the files to index (``CorpusWordCounts``),
/// on every core, for the compound splitter's ``CompoundFrequencies`` (smoothed with general Dutch). A byte scan of the raw text, no
/// parsing: a few percent of the rebuild. PDFs are not read (text extraction is what costs there),
/// nor files over the size limit or unreadable ones (the parse step reports those).
enum FrequencyScan {
    /// The counts (over ``CompoundLexicon/general``) of the words of `files`.
    static func run(_ files: [FoundFile], maxFileSize: Int, workers: Int) -> CorpusWordCounts {
        let lexicon = CompoundLexicon.general
        guard lexicon.count > 0 else { return CorpusWordCounts(lexicon: lexicon) }
        let texts = files.filter { $0.size <= maxFileSize && !$0.path.lowercased().hasSuffix(".pdf") }
        let threads = max(1, min(workers, texts.count))
        let next = Counter()
        let results = Results(count: threads)
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            var counts = CorpusWordCounts(lexicon: lexicon)
            while true {
                let i = next.take()
                guard i < texts.count else { break }
                guard case .success(let data) = FileContents.read(texts[i].path, limit: maxFileSize) else { continue }
                data.withUnsafeBytes { counts.add($0.bindMemory(to: UInt8.self)) }
            }
            results.set(t, counts)
        }
        var total = CorpusWordCounts(lexicon: lexicon)
        for counts in results.all() { total.merge(counts) }
        return total
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func take() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [CorpusWordCounts?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ counts: CorpusWordCounts) { lock.lock(); slots[i] = counts; lock.unlock() }
        func all() -> [CorpusWordCounts] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
    }
}

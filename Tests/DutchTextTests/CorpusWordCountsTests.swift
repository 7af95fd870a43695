@testable import DutchText
import XCTest

/// Counting the words of a collection and blending the counts with general Dutch.
final class CorpusWordCountsTests: XCTestCase {
    private let toy = CompoundLexicon(words: ["kamerlid", "financiele", "brug", "dijken", "ijzer"], identity: "toy")

    private func count(_ lexicon: CompoundLexicon, _ index: String) -> Int {
        let i = Array(index.utf8).withUnsafeBufferPointer { lexicon.index(ofFolded: $0, fnv: CompoundLexicon.fnv($0)) }
        return i < 0 ? -1 : i
    }

    func testCountsFoldedLexiconWordsAndEveryWordInTheTotal() {
        var counts = CorpusWordCounts(lexicon: toy)
        counts.add("Het Kamerlid vroeg naar FINANCIËLE steun; kamerlid-vragen over dijken.\nDijken, brug.")
        let c = { (w: String) in Int(counts.counts[self.count(self.toy, w)]) }
        XCTAssertEqual(c("kamerlid"), 2, "case folded, hyphen separates")
        XCTAssertEqual(c("financiele"), 1, "diacritics folded like the tokenizer")
        XCTAssertEqual(c("dijken"), 2)
        XCTAssertEqual(c("brug"), 1, "four letters: the shortest part")
        XCTAssertEqual(counts.totalWords, 12)
    }

    func testMergeAddsCountsAndTotals() {
        var a = CorpusWordCounts(lexicon: toy), b = CorpusWordCounts(lexicon: toy)
        a.add("dijken dijken")
        b.add("dijken en bruggen")
        a.merge(b)
        XCTAssertEqual(Int(a.counts[count(toy, "dijken")]), 3)
        XCTAssertEqual(a.totalWords, 5)
    }

    func testNoCollectionGivesTheGeneralValue() {
        for general in [20, 25, 34, 52] {
            XCTAssertEqual(CompoundFrequencies.zipfTimesTen(count: 0, totalWords: 0, generalTimesTen: general), general)
        }
        // Unknown to general Dutch: the rare floor.
        XCTAssertEqual(CompoundFrequencies.zipfTimesTen(count: 0, totalWords: 0, generalTimesTen: 0), 20)
    }

    func testSmallCollectionsBarelyMoveAndLargeOnesDecide() {
        // Once in a folder of 10,000 words: still rare.
        XCTAssertLessThanOrEqual(CompoundFrequencies.zipfTimesTen(count: 1, totalWords: 10_000, generalTimesTen: 0), 25)
        // A general Zipf 3.0 word absent from 200 million words of Kamervragen: rare there.
        XCTAssertLessThan(CompoundFrequencies.zipfTimesTen(count: 0, totalWords: 200_000_000, generalTimesTen: 30), 20)
        // 2,000 times in 200 million words is Zipf 4.0, whatever general Dutch says.
        XCTAssertEqual(CompoundFrequencies.zipfTimesTen(count: 2_000, totalWords: 200_000_000, generalTimesTen: 0), 40)
        XCTAssertEqual(CompoundFrequencies.zipfTimesTen(count: 2_000, totalWords: 200_000_000, generalTimesTen: 45), 40)
    }

    func testCollectionCountsChangeTheSplit() {
        // `aaaabbbb` is in the lexicon; general Dutch knows `aaaa` and `bbbb` well, the word not at all:
        // split. A collection that uses `aaaabbbb` a lot keeps it whole.
        let words = ["aaaa", "bbbb", "aaaabbbb"]
        let general = CompoundLexicon(words: words, identity: "toy").with(CompoundFrequencies(text: "40 aaaa bbbb\n"))
        XCTAssertEqual(CompoundSplitter(lexicon: { general }).decide("aaaabbbb").parts, ["aaaa", "bbbb"])
        var counts = CorpusWordCounts(lexicon: general)
        counts.add(String(repeating: "aaaabbbb en nog wat andere woorden ", count: 20_000))
        let collection = counts.frequencies
        XCTAssertGreaterThanOrEqual(collection.zipf("aaaabbbb") ?? 0, CompoundSplitter.commonZipf)
        XCTAssertEqual(collection.zipf("aaaa"), 4.0, "absent from the collection: its general value, barely shrunk by 120,000 words")
        guard case .common = CompoundSplitter(lexicon: { collection }).decide("aaaabbbb") else {
            return XCTFail("a word common in the collection must stay whole")
        }
    }

    func testScanIsDeterministicOnRandomText() {
        var generator = RepairPropertyTests.SplitMix64(state: 7)
        let alphabet = Array("abcdeëfghijklmnoprstuvwyz -.,\n".unicodeScalars)
        for _ in 0..<50 {
            let text = String(String.UnicodeScalarView((0..<Int(generator.next() % 400)).map { _ in
                alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }))
            var a = CorpusWordCounts(lexicon: toy), b = CorpusWordCounts(lexicon: toy)
            a.add(text); b.add(text)
            XCTAssertEqual(a.counts, b.counts)
            XCTAssertEqual(a.totalWords, b.totalWords)
            XCTAssertEqual(a.totalWords, text.split(whereSeparator: { " -.,\n".contains($0) }).count, text)
        }
    }
}

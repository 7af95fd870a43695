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

    /// The counts equal a plain lookup of every word, over many distinct words that repeat, differ in
    /// case or are long; a copy of the counts counts on its own.
    func testCountsEqualPlainLookups() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let name = { (n: Int) in String([letters[n % 26], letters[n / 26 % 26], letters[n / 676 % 26]]) }
        let words = (0..<20_000).map { "woord" + name($0 % 9973) } + ["kamerlid", "Kamerlid", "KAMERLID", "dijken",
            "brugbrugbrugbrugbrugbrug", "financiele", "ijzer", "ijzers", "brug"]
        let lexicon = CompoundLexicon(words: words.prefix(5_000) + ["kamerlid", "dijken", "brug", "brugbrugbrugbrugbrugbrug"],
                                      identity: "test")
        var rng = UInt64(12_345)
        var text = ""
        for _ in 0..<60_000 {
            rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += words[Int(rng >> 33) % words.count] + (rng & 1 == 0 ? " " : ", ")
        }
        var counts = CorpusWordCounts(lexicon: lexicon)
        counts.add(text)
        var expected = [UInt32](repeating: 0, count: lexicon.count)
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            let folded = Array(word.lowercased().utf8)
            guard folded.count >= CompoundSplitter.minimumPart else { continue }
            let i = folded.withUnsafeBufferPointer { lexicon.index(ofFolded: $0, fnv: CompoundLexicon.fnv($0)) }
            if i >= 0 { expected[i] += 1 }
        }
        XCTAssertEqual(counts.counts, expected)
        XCTAssertGreaterThan(expected.reduce(0, +), 10_000)
        var copy = counts
        copy.add(text)
        counts.add("kamerlid")
        XCTAssertEqual(copy.counts.map { $0 / 2 }, expected)
        XCTAssertEqual(Int(counts.counts[count(lexicon, "kamerlid")]), Int(expected[count(lexicon, "kamerlid")]) + 1)
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

    /// The scalar-by-scalar fold of common non-ASCII words equals ``TokenFolding/fold(_:)`` of the word:
    /// every pair of the scalars it reads, and seeded random words.
    func testCommonFoldAgreesWithTheStringFold() {
        let scalars = (Array(0x80...0xFF) + Array(0x2000...0x203F)).map { String(Unicode.Scalar(UInt32($0))!) }
        let alphabet = scalars + ["a", "Z", "e", "I", "s"]
        func check(_ word: String) {
            let bytes = Array(word.utf8)
            let want = Array(TokenFolding.fold(word).utf8)
            let got: [UInt8]? = bytes.withUnsafeBufferPointer { buf in
                var out = [UInt8](repeating: 0, count: TokenLimit.maxBytes)
                return out.withUnsafeMutableBufferPointer { o in
                    CorpusWordCounts.foldCommon(buf, into: o).map { Array(o[0..<min($0, TokenLimit.maxBytes)]) + ($0 > TokenLimit.maxBytes ? [0] : []) }
                }
            }
            guard let got else {
                // Only a scalar that joins the one before it is left to the String fold.
                XCTAssertTrue(word.unicodeScalars.contains { $0 == "\u{200C}" || $0 == "\u{200D}" }, word.debugDescription)
                return
            }
            if want.count > TokenLimit.maxBytes {
                XCTAssertEqual(got.count, TokenLimit.maxBytes + 1, word.debugDescription)
            } else {
                XCTAssertEqual(got, want, word.debugDescription)
            }
        }
        for x in alphabet { for y in alphabet { check(x + y) } }
        var rng = RepairPropertyTests.SplitMix64(state: 64)
        for _ in 0..<20_000 {
            check((0..<(1 + rng.below(40))).map { _ in alphabet[rng.below(alphabet.count)] }.joined())
        }
        let other = Array("ĳzer \u{0301}".utf8)
        other.withUnsafeBufferPointer { buf in
            var out = [UInt8](repeating: 0, count: TokenLimit.maxBytes)
            XCTAssertNil(out.withUnsafeMutableBufferPointer { CorpusWordCounts.foldCommon(buf, into: $0) })
        }
    }

    /// Counts of text full of non-ASCII words equal a lookup of each word folded through `String`.
    func testNonASCIIWordsCountAsTheirStringFold() {
        let words = ["financiële", "FINANCIËLE", "financie\u{0308}le", "coördinatie", "Kamer’s", "ijzer", "ĳzer", "café",
                     "straße", "—", "brug—brug", "„dijken", "ÀÉÎÕÜ", "kamerlid", "\u{AD}", "re\u{AD}gering", "ﬁnanciën", "€"]
        let lexicon = CompoundLexicon(words: ["financiele", "coordinatie", "ijzer", "cafe", "dijken", "aeiou", "kamerlid",
                                              "regering", "financien", "kamer’s", "strasse", "straße"], identity: "t")
        var rng = RepairPropertyTests.SplitMix64(state: 99)
        var text = ""
        for _ in 0..<5_000 { text += words[rng.below(words.count)] + [" ", ", ", "\n", ""][rng.below(4)] }
        var counts = CorpusWordCounts(lexicon: lexicon)
        counts.add(text)
        var expected = [UInt32](repeating: 0, count: lexicon.count)
        var bytes = Array(text.utf8)[...]
        while let start = bytes.firstIndex(where: CorpusWordCounts.isLetter) {
            let end = bytes[start...].firstIndex(where: { !CorpusWordCounts.isLetter($0) }) ?? bytes.endIndex
            let folded = Array(TokenFolding.fold(String(decoding: bytes[start..<end], as: UTF8.self)).utf8)
            bytes = bytes[end...]
            guard folded.count >= CompoundSplitter.minimumPart, folded.count <= TokenLimit.maxBytes else { continue }
            let i = folded.withUnsafeBufferPointer { lexicon.index(ofFolded: $0, fnv: CompoundLexicon.fnv($0)) }
            if i >= 0 { expected[i] += 1 }
        }
        XCTAssertEqual(counts.counts, expected)
        XCTAssertGreaterThan(expected.reduce(0, +), 2_000)
    }
}

import XCTest
@testable import DutchText

/// The byte versions of the line-preparation helpers answer exactly as the String code they replaced
/// (kept here as the reference), on seeded random lines full of line-end hyphens, soft hyphens, glued
/// footnote digits, superscripts, diacritics (composed and not), non-Latin scalars, CR and URLs.
final class RepairBytePathTests: XCTestCase {
    typealias RNG = RepairPropertyTests.SplitMix64

    static let pieces: [String] = [
        "Kamer", "kamer", "KAMER", "financiële", "FINANCIËLE", "financie\u{0308}le", "coördinator", "co-", "ordinator",
        "problema-", "tiek", "Noord-", "Holland", "land-", "en", "of", "zorg", "akkoord", "Zorg-", "ex-", "minister",
        "-", "- ", " -", "\u{AD}", "\u{AD} ", "3", "12", "2019", "?1", ".2", "50?12", "Kamer3", "lopen?1", "ekv.5", "MH17",
        "2019Z13494", "COVID-19", "¹", "²", "⁴", "[1 ]", "[2]", "é", "É", "ë", "ß", "ÿ", "Ÿ", "µ", "ª", "×", "e\u{0301}",
        "\u{0301}", "\u{0308}", "\u{212B}", "Ω", "Ж", "ﬁ", "İ", "한", "\u{0600}", "\u{200D}", "\u{200C}", "\u{A0}", "–",
        "’", "'", "…", "«", "»", "\r", "\r\n", " ", "  ", ".", ",", "?", ")", "(", ":", "/",
        "https://www.cbs.nl/a-b", "www.rijksoverheid.nl", "info@example.nl", "a", "Z", "x",
    ]

    func randomLine(_ rng: inout RNG, _ length: Int = 16) -> String {
        var s = ""
        for _ in 0..<rng.below(length) { s += Self.pieces[rng.below(Self.pieces.count)] }
        return s
    }

    /// The word set as it was built before ``DocumentWords``.
    func referenceWords(_ lines: [String]) -> Set<String> {
        var words = Set<String>()
        for l in lines {
            for w in l.split(whereSeparator: { !$0.isLetter }) where w.count >= 2 { words.insert(w.lowercased()) }
        }
        return words
    }

    func testDocumentWordsAnswerAsASetOfStrings() {
        var rng = RNG(state: 20_251_205)
        var found = 0
        for _ in 0..<3000 {
            let lines = (0..<rng.below(6)).map { _ in randomLine(&rng) }
            let words = DocumentWords(lines: lines)
            let expected = referenceWords(lines)
            XCTAssertEqual(words.allWords, expected, lines.debugDescription)
            // Every word, and words of other lines (most not in the set), in both normalisation forms.
            var probes = Array(expected) + ["", "x", "financiële", "financie\u{0308}le", "e\u{0301}", "é", "å", "\u{212B}"]
            probes += referenceWords([randomLine(&rng), randomLine(&rng)])
            probes += probes.map(\.decomposedStringWithCanonicalMapping) + probes.map(\.precomposedStringWithCanonicalMapping)
            for p in probes {
                XCTAssertEqual(words.contains(p), expected.contains(p), "\(p.debugDescription) in \(lines.debugDescription)")
                if expected.contains(p) { found += 1 }
            }
        }
        XCTAssertGreaterThan(found, 10_000)
    }

    /// The byte path of ``DocumentWords`` (ASCII, Latin-1, General Punctuation) on its own.
    func testLatinWordsAgreeWithCharacterSplit() {
        let pieces = ["Vraag", "ÉÉN", "é", "ß", "µ", "ª", "Ÿ", "ÿ", "×", "÷", " ", "-", "'", "’", "–", "…", "«", "»", "a", "Z",
                      "1", "\u{0301}", "\r\n", "\r", "\u{200D}", "\u{200C}", "\u{AD}", "\u{A0}", "ﬁ", "İ", "Ω", "\u{2028}"]
        var rng = RNG(state: 11)
        var fast = 0
        for _ in 0..<20_000 {
            var t = ""
            for _ in 0..<rng.below(20) { t += pieces[rng.below(pieces.count)] }
            var words = DocumentWords()
            guard words.insertLatinWords(of: t) else { XCTAssertTrue(words.allWords.isEmpty); continue }
            fast += 1
            XCTAssertEqual(words.allWords, referenceWords([t]), t.debugDescription)
        }
        XCTAssertGreaterThan(fast, 1_000)
    }

    func testLexiconAnswersAsASetOfLowerCasedStrings() {
        var rng = RNG(state: 413_288)
        let extra = ["Financiële", "FINANCIE\u{0308}LE", "cafe\u{0301}", "café", "ĳzer", "IJzer", "a\u{037E}b", "a;b",
                     "\u{212A}elvin", "kelvin", "\u{212B}ngström", "Ångström", "straße", "Ω", "", "  ", "#x"]
        for round in 0..<300 {
            var list = (0..<rng.below(40)).map { _ in randomLine(&rng, 3) }
            list += (0..<rng.below(6)).map { _ in extra[rng.below(extra.count)] }
            let reference = Set(list.map { $0.lowercased() })
            let lexicon = Lexicon(words: list, identity: "t")
            XCTAssertEqual(lexicon.count, reference.count, list.debugDescription)
            var probes = list + extra + (0..<20).map { _ in randomLine(&rng, 3) }
            probes += probes.map(\.decomposedStringWithCanonicalMapping) + probes.map(\.precomposedStringWithCanonicalMapping)
            for p in probes {
                XCTAssertEqual(lexicon.contains(p), reference.contains(p.lowercased()), "\(p.debugDescription) in \(list.debugDescription)")
            }
            // The word-list parser: one word a line, as the Strings would be read.
            if round % 10 == 0 {
                let text = list.filter { !$0.contains("\n") && !$0.contains("\r") }.joined(separator: "\n")
                let parsed = Lexicon(listData: Array(text.utf8), identity: "t")
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
                let words = Set(lines.map { $0.lowercased() })
                for p in probes where !p.contains("\u{2028}") { XCTAssertEqual(parsed.contains(p), words.contains(p.lowercased()), p.debugDescription) }
            }
        }
    }

    func testDocumentWordsOfSingleWordsAndGrowth() {
        var words: DocumentWords = ["zee-egel", "", "é"]
        XCTAssertTrue(words.contains("zee-egel"))
        XCTAssertTrue(words.contains(""))
        XCTAssertTrue(words.contains("e\u{0301}"))
        XCTAssertFalse(words.contains("zee"))
        for k in 0..<5000 { words.insert("w\(k)") }
        XCTAssertTrue((0..<5000).allSatisfy { words.contains("w\($0)") })
        XCTAssertFalse(words.contains("w5000"))
        XCTAssertTrue(words.contains("zee-egel"))
    }

    /// ``FootnoteMarkers/stripCollecting(_:numbers:isWord:)``'s word loop as it was (split at Character
    /// spaces, joined again), after the bracket forms.
    func referenceStripCollecting(_ line: String, numbers: Set<Int>,
                                  isWord: (String) -> Bool) -> (line: String, removed: [(number: Int, offset: Int)]) {
        guard !numbers.isEmpty else { return (line, []) }
        let hasBracket = line.utf8.contains(UInt8(ascii: "["))
        guard hasBracket || FastText.mayHaveMarker(line.utf8) else { return (line, []) }
        var removed: [(number: Int, offset: Int)] = []
        var out = line
        if hasBracket, out.contains("[") {
            for n in numbers.sorted() where out.contains("[\(n)") {
                for form in ["[\(n) ]", "[\(n)]"] {
                    while let r = out.range(of: form) {
                        removed.append((n, out.utf8.distance(from: out.startIndex, to: r.lowerBound)))
                        out.removeSubrange(r)
                    }
                }
            }
        }
        var words = out.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        var offset = 0
        for i in words.indices {
            while FastText.mayHaveMarker(words[i].utf8), let m = FootnoteMarkers.marker(in: Substring(words[i])),
                  numbers.contains(m.number), !m.afterLetters || isWord(m.letters.lowercased()) {
                words[i] = m.stripped; changed = true; removed.append((m.number, offset + m.stripped.utf8.count))
            }
            offset += words[i].utf8.count + 1
        }
        let result = changed ? words.joined(separator: " ") : out
        let length = result.utf8.count
        return (result, removed.map { ($0.number, min($0.offset, length)) })
    }

    func testStripCollectingAgreesWithTheWordSplit() {
        var rng = RNG(state: 77)
        let isWord: (String) -> Bool = { ["kamer", "lopen", "financiële", "zorg", "ekv", "akkoord"].contains($0) }
        var stripped = 0
        for _ in 0..<20_000 {
            let line = randomLine(&rng, 24)
            let numbers: Set<Int> = rng.below(5) == 0 ? Set((0..<rng.below(4)).map { _ in rng.below(14) }) : [1, 2, 3, 4, 5, 12]
            let got = FootnoteMarkers.stripCollecting(line, numbers: numbers, isWord: isWord)
            let want = referenceStripCollecting(line, numbers: numbers, isWord: isWord)
            XCTAssertEqual(got.line, want.line, line.debugDescription)
            XCTAssertEqual(got.removed.map(\.number), want.removed.map(\.number), line.debugDescription)
            XCTAssertEqual(got.removed.map(\.offset), want.removed.map(\.offset), line.debugDescription)
            if got.line != line { stripped += 1 }
        }
        XCTAssertGreaterThan(stripped, 1500)
    }

    func testMarkerWordTestNeverMissesAMarker() {
        var rng = RNG(state: 99)
        let pieces = ["1", "2", "12", "2019", ".", ",", ";", ":", "?", "!", ")", "(", "-", "'", "’", "¹", "a", "Kamer", "é", "»"]
        var markers = 0
        for _ in 0..<20_000 {
            var word = ""
            for _ in 0..<(1 + rng.below(5)) { word += pieces[rng.below(pieces.count)] }
            guard FastText.asciiStandsAlone(word.utf8) else { continue }
            if FootnoteMarkers.marker(in: Substring(word)) != nil {
                markers += 1
                XCTAssertTrue(FootnoteMarkers.mayBeMarkerWord(word.utf8), word.debugDescription)
            }
        }
        XCTAssertGreaterThan(markers, 2000)
    }

    func testSentenceGlueByteTestAgreesWithTheByteLoop() {
        var rng = RNG(state: 3)
        var candidates = 0, repaired = 0
        for _ in 0..<20_000 {
            let line = randomLine(&rng) + ["", ".", ".D", "?É", "!", "a.De", "?Ka"][rng.below(7)]
            var expected = false, previous: UInt8 = 0
            for b in line.utf8 {
                if previous == 0x2E || previous == 0x3F || previous == 0x21, (b >= 0x41 && b <= 0x5A) || b >= 0x80 { expected = true }
                previous = b
            }
            let may = SentenceGlue.mayNeedSpace(line)
            if may { candidates += 1; XCTAssertTrue(expected, line.debugDescription) }
            let want = referenceSentenceGlue(line)
            if want != line { repaired += 1; XCTAssertTrue(may, line.debugDescription) }
            XCTAssertEqual(SentenceGlue.repair(line), want, line.debugDescription)
        }
        XCTAssertGreaterThan(candidates, 1000)
        XCTAssertGreaterThan(repaired, 500)
    }

    /// ``SentenceGlue/repair(_:)`` as it was, on Characters, without the byte test.
    func referenceSentenceGlue(_ line: String) -> String {
        let chars = Array(line)
        guard chars.count >= 4 else { return line }
        var out = ""
        var tokenStart = 0
        for i in chars.indices {
            let c = chars[i]
            if c == " " { tokenStart = i + 1 }
            out.append(c)
            guard c == "." || c == "?" || c == "!", i >= 2, i + 2 < chars.count,
                  chars[i - 1].isLowercase, chars[i - 2].isLetter,
                  chars[i + 1].isUppercase, chars[i + 2].isLowercase else { continue }
            var j = i + 1
            while j < chars.count, chars[j] != " " { j += 1 }
            let token = String(chars[tokenStart..<j])
            if token.contains("://") || token.hasPrefix("www.") || token.contains("@") || token.hasPrefix("(www.") { continue }
            out.append(" ")
        }
        return out
    }

    func testMarkerCandidatesAgreeWithTheWordSplit() {
        var rng = RNG(state: 131)
        let pieces = ["1", "2", "12", "0", "05", "2019", ".", ",", ";", ":", "?", "!", ")", "(", "-", "'", "\"", "’", "¹", "²",
                      "a", "Kamer", "MH", "x", "é", "»", " ", " ", "\u{0301}", "\r"]
        var found = 0
        for _ in 0..<40_000 {
            var line = ""
            for _ in 0..<rng.below(12) { line += pieces[rng.below(pieces.count)] }
            let got = FootnoteMarkers.candidates(in: Substring(line))
            XCTAssertEqual(got, FootnoteMarkers.allCandidates(in: Substring(line)), line.debugDescription)
            found += got.count
            for word in line.split(separator: " ") where word.utf8.allSatisfy({ $0 < 0x80 }) && FastText.asciiStandsAlone(word.utf8) {
                let bytes = Array(word.utf8)
                XCTAssertEqual(bytes.withUnsafeBufferPointer { FootnoteMarkers.markerNumber(inASCII: $0) },
                               FootnoteMarkers.marker(in: word)?.number, String(word).debugDescription)
            }
        }
        XCTAssertGreaterThan(found, 5000)
    }

    func testJoinFlattenedAgreesWithTheWordSplit() {
        var rng = RNG(state: 1_2024)
        let lexicon = Lexicon(words: ["problematiek", "coördinator", "zorgakkoord", "land", "noord-holland", "kamer", "zorg",
                                      "akkoord", "landzorg"], identity: "test")
        let pieces = Self.pieces + ["problema- tiek", "zorg- akkoord", "co- ordinator", "Zorg- akkoord", "land- zorg", "land- en",
                                    "kamer-", "zorg", "tiek", "akkoord", "ordinator", "problema", "co", "land"]
        var joined = 0
        for _ in 0..<20_000 {
            var line = ""
            for _ in 0..<rng.below(10) {
                line += pieces[rng.below(pieces.count)] + ["", " ", "- ", "-  ", " ", " "][rng.below(6)]
            }
            let d = Dehyphenator(lexicon: lexicon, documentWords: rng.below(2) == 0 ? [] : DocumentWords(lines: [line]))
            let got = d.joinFlattened(line)
            XCTAssertEqual(got, referenceJoinFlattened(d, line), line.debugDescription)
            if got != line { joined += 1 }
        }
        XCTAssertGreaterThan(joined, 300)
    }

    /// ``Dehyphenator/joinFlattened(_:)`` as it was, on the words of the line.
    func referenceJoinFlattened(_ d: Dehyphenator, _ line: String) -> String {
        guard FastText.hasHyphenBeforeSpace(line) else { return line }
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var k = 0
        while k + 1 < words.count {
            let left = words[k], right = words[k + 1]
            guard left.count >= 3, left.hasSuffix("-"), let r = right.first, r.isLetter, r.isLowercase,
                  let l = left.dropLast().last, l.isLetter, !right.hasSuffix("-") else { k += 1; continue }
            let body = String(left.dropLast())
            let l0 = Dehyphenator.trimPunctuation(body), r0 = Dehyphenator.trimPunctuation(right)
            let known = d.isWord((l0 + r0).lowercased())
                || Dehyphenator.withTrema(r0).map { d.isWord((l0 + $0).lowercased()) } == true
            guard known, d.decide(left: body, right: right) == .join else { k += 1; continue }
            words[k] = d.joined(left: body, right: right)
            words.remove(at: k + 1)
        }
        return words.joined(separator: " ")
    }

    /// ``Dehyphenator/apply(lines:)``'s test for a line end as it was, on Characters.
    func referenceEndsInHyphen(_ line: String) -> Bool {
        var line = line
        while line.last == " " { line.removeLast() }
        return line.last == "-" || line.last == "\u{AD}"
    }

    func testHyphenPrefilterNeverMissesALineEnd() {
        var rng = RNG(state: 5)
        var hyphens = 0
        for _ in 0..<20_000 {
            let line = randomLine(&rng) + ["", "-", "- ", "\u{AD}", "\u{AD}  ", " ", "\u{0600} ", "-\u{0301}"][rng.below(8)]
            if referenceEndsInHyphen(line) {
                hyphens += 1
                XCTAssertTrue(Dehyphenator.mayEndInHyphen(line), line.debugDescription)
            }
            XCTAssertEqual(FastText.hasHyphenBeforeSpace(line), FastText.contains(Array(line.utf8), Array("- ".utf8)))
        }
        XCTAssertGreaterThan(hyphens, 3000)
    }

    func testApplyAgreesWithTheDecisionsOnEveryLine() {
        var rng = RNG(state: 2024)
        let lexicon = Lexicon(words: ["problematiek", "coördinator", "zorgakkoord", "land", "noord-holland", "kamer"], identity: "test")
        var changed = 0
        for _ in 0..<2000 {
            let lines = (0..<rng.below(8)).map { _ in randomLine(&rng, 8) }
            let d = Dehyphenator(lexicon: lexicon, documentWords: DocumentWords(lines: lines))
            let out = d.apply(lines: lines)
            XCTAssertEqual(out, DehyphenationBytesTests.referenceApply(d, lines), lines.debugDescription)
            if out != lines { changed += 1 }
        }
        XCTAssertGreaterThan(changed, 300)
    }
}

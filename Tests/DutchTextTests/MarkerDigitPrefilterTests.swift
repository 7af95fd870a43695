import XCTest
@testable import DutchText

/// ``FastText/mayHaveMarker(_:)`` with its eight-bytes-at-a-time digit prefilter answers exactly as the
/// marker scan alone (``FastText/mayHaveMarkerBuffer(_:)``), on seeded random lines of digits,
/// superscripts, other scalars whose last byte is B0–B9 (`ó ö ° ±`), punctuation and spaces.
final class MarkerDigitPrefilterTests: XCTestCase {
    typealias RNG = RepairPropertyTests.SplitMix64

    static let pieces = ["a", "Kamer", "lopen", " ", "  ", ".", ",", ";", ":", "?", "!", ")", "(", "0", "1", "9", "12", "2019",
                         "¹", "²", "³", "⁰", "⁴", "⁹", "\u{2071}", "ó", "ö", "°", "±", "´", "µ", "ë", "é", "–", "’", "\u{0301}",
                         "\u{0600}", "한", "😀", "/", "0", "9", "p", "y", "\u{B9}", "\u{81}"]

    func testPrefilterNeverChangesTheAnswer() {
        var rng = RNG(state: 8_675_309)
        var yes = 0, no = 0
        for _ in 0..<50_000 {
            var line = ""
            // Long runs without digits, so that whole eight-byte blocks are skipped.
            for _ in 0..<rng.below(24) {
                line += rng.below(3) == 0 ? Self.pieces[rng.below(Self.pieces.count)] : ["word ", "tekst", "é ", "x"][rng.below(4)]
            }
            let bytes = Array(line.utf8)
            let expected = FastText.mayHaveMarkerBuffer(bytes)
            XCTAssertEqual(FastText.mayHaveMarker(bytes), expected, line.debugDescription)
            XCTAssertEqual(FastText.mayHaveMarker(line.utf8), expected, line.debugDescription)
            XCTAssertEqual(FastText.mayHaveMarker(Substring(line).utf8), expected, line.debugDescription)
            if expected { yes += 1 } else { no += 1 }
            XCTAssertEqual(bytes.withUnsafeBufferPointer(FastText.mayHaveDigitByte),
                           bytes.contains { ($0 & 0x7F) >= 0x30 && ($0 & 0x7F) <= 0x39 }, line.debugDescription)
        }
        XCTAssertGreaterThan(yes, 5_000)
        XCTAssertGreaterThan(no, 10_000)
    }
}

/// ``FootnoteMarkers/candidates(in:)``, which visits only the words ``FastText/nextDigitByte(in:from:)``
/// points at, finds the candidates of the word split on Characters (``FootnoteMarkers/allCandidates(in:)``),
/// on long seeded lines where most eight-byte blocks hold no digit.
final class MarkerCandidateSkipTests: XCTestCase {
    typealias RNG = RepairPropertyTests.SplitMix64

    func testSkippingWordsKeepsEveryCandidate() {
        var rng = RNG(state: 77_001)
        let pieces = ["1", "2", "12", "0", "05", "2019", "1.5", "3,", ".", ",", ";", ":", "?", "!", ")", "(", "-", "'", "’", "¹",
                      "²", "⁴", "ó", "°", "Kamer", "lopen", "MH", "é", "»", " ", "\u{0301}", "\r", "a1b", "x9."]
        var found = 0
        for _ in 0..<20_000 {
            var line = ""
            for _ in 0..<rng.below(30) {
                line += rng.below(3) == 0 ? pieces[rng.below(pieces.count)] : ["de ", "Kamer ", "tekst", " ", "één "][rng.below(5)]
            }
            let got = FootnoteMarkers.candidates(in: Substring(line))
            XCTAssertEqual(got, FootnoteMarkers.allCandidates(in: Substring(line)), line.debugDescription)
            found += got.count
            let bytes = Array(line.utf8)
            for from in [0, 1, 7, 8, 9, bytes.count] {
                let expected = bytes.indices.first { $0 >= from && ($0 < bytes.count) && (bytes[$0] & 0x7F) &- 0x30 < 10 }
                XCTAssertEqual(bytes.withUnsafeBufferPointer { FastText.nextDigitByte(in: $0, from: from) }, expected)
            }
        }
        XCTAssertGreaterThan(found, 1_000)
    }
}

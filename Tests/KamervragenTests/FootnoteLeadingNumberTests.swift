import XCTest
@testable import Kamervragen

/// ``FootnoteExtraction/leadingNumber(_:)`` on bytes answers exactly as on Characters
/// (``FootnoteExtraction/leadingNumberOnCharacters(_:)``, the code it short-cuts), on seeded random lines
/// opening with digits and spaces followed by ASCII, combining marks, joiners, CR and other scalars.
final class FootnoteLeadingNumberTests: XCTestCase {
    typealias RNG = ParserRobustnessTests.SplitMix64

    static let starts = ["0", "1", "2", "3", "12", "99", "100", "123", "1234", "007", "4", "5 6"]
    static let pieces = [" ", "  ", "", "Het", "is", "en ", "t/m", "NOS", "(", ".", "-", "é", "É", "\u{0301}", "\u{0308}",
                         "\u{200D}", "\u{FE0F}", "\r", "\r\n", "\n", "\u{A0}", "\u{0600}", "한", "😀", "1", "x", "’", "¹"]

    func testBytesAgreeWithCharacters() {
        var rng = RNG(state: 4_242)
        var found = 0, fallback = 0
        for _ in 0..<50_000 {
            var line = Self.starts[rng.below(Self.starts.count)]
            for _ in 0..<rng.below(6) { line += Self.pieces[rng.below(Self.pieces.count)] }
            let got = FootnoteExtraction.leadingNumber(line)
            let expected = FootnoteExtraction.leadingNumberOnCharacters(line)
            XCTAssertEqual(got?.0, expected?.0, line.debugDescription)
            XCTAssertEqual(got?.1, expected?.1, line.debugDescription)
            XCTAssertEqual(got.map { Array($0.1.utf8) }, expected.map { Array($0.1.utf8) }, line.debugDescription)
            if got != nil { found += 1 }
            if line.utf8.drop(while: { $0 &- 0x30 < 10 || $0 == 0x20 }).first.map({ $0 >= 0x80 }) == true { fallback += 1 }
        }
        XCTAssertGreaterThan(found, 10_000)
        XCTAssertGreaterThan(fallback, 5_000)
    }
}

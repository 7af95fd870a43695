import XCTest
@testable import Kamervragen
import DutchText

/// The byte-level fast paths of the parser give the same text as the code they short-cut.
final class BlockTextFastPathTests: XCTestCase {
    func testBytesAgreeWithCharacters() {
        let pieces = ["Vraag", "é", " ", "   ", "\n", "\n\n", ".", "?", "»", "”", "\"", ")", ":", "a", "1", "\u{0301}",
                      "\r\n", "\u{200D}", "–", "ﬁ"]
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<20_000 {
            var t = ""
            for _ in 0..<next(30) { t += pieces[next(pieces.count)] }
            XCTAssertEqual(DocumentParser.blockText(t), DocumentParser.slowBlockText(t), t.debugDescription)
        }
    }

    func testDehyphenationByteTestAgreesWithCharacters() {
        let pieces = ["Vraag", "é", " ", "-", "- ", "\u{AD}", "\u{AD} ", "a", "1", "\u{0301}", "\u{0600}", "\r\n", "–", "ﬁ"]
        var state: UInt64 = 13
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var hits = 0
        for _ in 0..<20_000 {
            var t = ""
            for _ in 0..<next(12) { t += pieces[next(pieces.count)] }
            let expected = t.utf8.last == UInt8(ascii: "-") || t.hasSuffix("\u{AD}") || t.hasSuffix("- ")
                || FastText.contains(Array(t.utf8), [UInt8(ascii: "-"), UInt8(ascii: " ")])
            if expected { hits += 1 }
            XCTAssertEqual(LinePreparation.mayNeedDehyphenation(t), expected, t.debugDescription)
        }
        XCTAssertGreaterThan(hits, 5_000)
    }

    func testUTF8ValidationAgreesWithTheScalarDecoder() {
        let pieces: [[UInt8]] = [[0x61], [0x20], [0xC3, 0xAB], [0xE2, 0x80, 0x93], [0xF0, 0x9F, 0x98, 0x80], [0xC3], [0x80],
                                 [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF], [0xEF, 0xBF, 0xBD], [0xF4, 0x90, 0x80, 0x80], [0x00]]
        var state: UInt64 = 9
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var valid = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(12) { bytes += pieces[next(pieces.count)] }
            let expected = String(validatingUTF8Bytes: bytes)
            if expected != nil { valid += 1 }
            XCTAssertEqual(FastText.validUTF8(bytes), expected, "\(bytes)")
            XCTAssertEqual(TextDecoding.decode(bytes).text, expected ?? TextDecoding.windows1252(bytes))
        }
        XCTAssertGreaterThan(valid, 1000)
    }
}

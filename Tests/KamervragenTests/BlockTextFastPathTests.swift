import XCTest
@testable import Kamervragen

/// `blockText` on bytes gives the same text as on Characters.
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
}

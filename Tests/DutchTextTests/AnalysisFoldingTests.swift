import XCTest
@testable import DutchText

/// ``TokenFolding`` and ``TokenLimit`` alone, on bytes.
final class AnalysisFoldingTests: XCTestCase {
    private func fold(_ s: String) -> String {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { buf in
            let out = UnsafeMutablePointer<UInt8>.allocate(capacity: max(buf.count, 1))
            defer { out.deallocate() }
            let n = TokenFolding.fold(buf, into: out)
            XCTAssertLessThanOrEqual(n, buf.count, "folding must never lengthen")
            return String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self)
        }
    }

    private func needs(_ s: String) -> Bool {
        Array(s.utf8).withUnsafeBufferPointer { TokenFolding.needsFolding($0) }
    }

    func testIJDigraphLigature() {
        XCTAssertEqual(fold("ĳs"), "ijs")
        XCTAssertEqual(fold("Ĳsselmeer"), "ijsselmeer")
        XCTAssertEqual(fold("bĳ"), "bij")
    }

    func testLatinLigatures() {
        XCTAssertEqual(fold("ﬁnanciering"), "financiering")
        XCTAssertEqual(fold("oﬀerte"), "offerte")
        XCTAssertEqual(fold("aﬄuent"), "affluent")
        XCTAssertEqual(fold("eﬃciënt"), "efficiënt")
        XCTAssertEqual(fold("ﬂat"), "flat")
        XCTAssertEqual(fold("ﬅ ﬆ"), "st st")
        // U+FB13 (Armenian ligature) is not in the Latin range and stays.
        XCTAssertEqual(fold("\u{FB13}"), "\u{FB13}")
    }

    func testSoftHyphenRemoved() {
        XCTAssertEqual(fold("regis\u{AD}tratie"), "registratie")
        XCTAssertEqual(fold("\u{AD}\u{AD}"), "")
    }

    func testUntouchedTextIsReportedAsSuch() {
        XCTAssertFalse(needs("gemeenten"))
        XCTAssertFalse(needs("coördinator"))   // diacritics are unicode61's job
        XCTAssertFalse(needs("€ ±"))
        XCTAssertTrue(needs("ĳs"))
        XCTAssertTrue(needs("ﬁ"))
        XCTAssertTrue(needs("a\u{AD}b"))
        XCTAssertEqual(fold("coördinator"), "coördinator")
    }

    func testTruncatedSequencesDoNotCrash() {
        // Lead bytes at the very end, without their continuation bytes.
        for bytes: [UInt8] in [[0xC2], [0xC4], [0xEF, 0xAC], [0x61, 0xEF], [0xEF, 0xAC, 0x87]] {
            bytes.withUnsafeBufferPointer { buf in
                let out = UnsafeMutablePointer<UInt8>.allocate(capacity: buf.count)
                defer { out.deallocate() }
                XCTAssertEqual(TokenFolding.fold(buf, into: out), buf.count)
                XCTAssertFalse(TokenFolding.needsFolding(buf))
            }
        }
    }

    func testStringFoldDoesCaseAndDiacriticsToo() {
        XCTAssertEqual(TokenFolding.fold("COÖRDINATOR"), "coordinator")
        XCTAssertEqual(TokenFolding.fold("Financiële"), "financiele")
        XCTAssertEqual(TokenFolding.fold("Ĳs"), "ijs")
    }

    func testTokenLimitCutsAtCharacterBoundary() {
        let short = Array("gemeenten".utf8)
        short.withUnsafeBufferPointer { XCTAssertEqual(TokenLimit.clampedLength($0), short.count) }
        let ascii = Array(String(repeating: "a", count: 100).utf8)
        ascii.withUnsafeBufferPointer { XCTAssertEqual(TokenLimit.clampedLength($0), TokenLimit.maxBytes) }
        // 63 ASCII bytes then "é" (2 bytes): byte 64 would split it, so the cut is at 63.
        let split = Array((String(repeating: "a", count: 63) + "éé").utf8)
        split.withUnsafeBufferPointer { buf in
            let n = TokenLimit.clampedLength(buf)
            XCTAssertEqual(n, 63)
            XCTAssertNotNil(String(validating: Array(buf[0..<n]), as: UTF8.self))
        }
        let exact = Array(String(repeating: "é", count: 32).utf8)  // exactly 64 bytes
        exact.withUnsafeBufferPointer { XCTAssertEqual(TokenLimit.clampedLength($0), 64) }
    }
}

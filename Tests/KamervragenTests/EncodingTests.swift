import XCTest
@testable import Kamervragen

final class EncodingTests: XCTestCase {
    let sample = "Vragen van het lid Özdemir (PvdA) over de coördinatie van patiënten – ‘zorg’ (ingezonden 4 mei 2020).\r\nVraag 1\r\nIs dat één probleem?\r\nAntwoord 1\r\nJa.\r\n"

    func parseBytes(_ bytes: [UInt8]) throws -> Document {
        let f = try TestSupport.tempDir(self).appendingPathComponent("doc.txt")
        try Data(bytes).write(to: f)
        return try DocumentParser().parse(fileAt: f.path)
    }

    func check(_ d: Document, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(d.askers, [Person(name: "Özdemir", party: "PvdA")], file: file, line: line)
        XCTAssertEqual(d.title, "de coördinatie van patiënten – ‘zorg’", file: file, line: line)
        XCTAssertEqual(d.questions.first?.text, "Is dat één probleem?", file: file, line: line)
        XCTAssertEqual(d.answers.first?.text, "Ja.", file: file, line: line)
        XCTAssertEqual(d.submitted, "2020-05-04", file: file, line: line)
    }

    func testUTF8WithAndWithoutBOM() throws {
        check(try parseBytes(Array(sample.utf8)))
        check(try parseBytes([0xEF, 0xBB, 0xBF] + Array(sample.utf8)))
    }

    func testUTF16LittleAndBigEndianWithBOM() throws {
        let units = Array(sample.utf16)
        check(try parseBytes([0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        check(try parseBytes([0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }))
    }

    func testWindows1252() throws {
        let bytes: [UInt8] = sample.unicodeScalars.map { s in
            switch s { case "–": return 0x96; case "‘": return 0x91; case "’": return 0x92; default: return UInt8(s.value) }
        }
        XCTAssertNil(String(validatingUTF8Bytes: bytes))
        check(try parseBytes(bytes))
    }

    func testUndefinedWindows1252BytesAreNotDropped() {
        let (text, enc) = TextDecoding.decode([0x61, 0x81, 0x62, 0xE9])
        XCTAssertEqual(enc, .windows1252)
        XCTAssertEqual(text.unicodeScalars.map(\.value), [0x61, 0x81, 0x62, 0xE9])
    }

    func testLoneCarriageReturns() {
        let d = TestSupport.parse(sample.replacingOccurrences(of: "\r\n", with: "\r"))
        check(d)
    }
}

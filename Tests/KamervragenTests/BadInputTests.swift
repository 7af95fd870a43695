import XCTest
@testable import Kamervragen

/// Every bad input is one `ParseError` naming the file and the reason; nothing crashes.
final class BadInputTests: XCTestCase {
    func error(_ path: String, options: ParseOptions = ParseOptions()) -> ParseError? {
        do { _ = try DocumentParser(options: options).parse(fileAt: path); return nil } catch let e as ParseError { return e } catch {
            XCTFail("unexpected error type \(error)"); return nil
        }
    }

    func assertError(_ path: String, contains reason: String, options: ParseOptions = ParseOptions(),
                     file: StaticString = #filePath, line: UInt = #line) {
        guard let e = error(path, options: options) else { return XCTFail("no error for \(path)", file: file, line: line) }
        XCTAssertTrue(e.reason.contains(reason), "\(e.reason)", file: file, line: line)
        XCTAssertTrue(e.description.hasPrefix(path + ": "), file: file, line: line)
        XCTAssertFalse(e.description.contains("\n"), file: file, line: line)
    }

    func testEmptyAndWhitespaceOnly() throws {
        let dir = try TestSupport.tempDir(self)
        let empty = dir.appendingPathComponent("empty.txt"), blank = dir.appendingPathComponent("blank.txt")
        try Data().write(to: empty)
        try Data(" \n\t\r\n".utf8).write(to: blank)
        assertError(empty.path, contains: "empty")
        assertError(blank.path, contains: "empty")
    }

    func testBinary() throws {
        let f = try TestSupport.tempDir(self).appendingPathComponent("image.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: UInt8(7), count: 100)).write(to: f)
        assertError(f.path, contains: "binary")
    }

    func testTooLarge() throws {
        let f = try TestSupport.tempDir(self).appendingPathComponent("big.txt")
        try Data(String(repeating: "Vraag 1\nIs dit groot?\n", count: 100).utf8).write(to: f)
        var options = ParseOptions()
        options.maxFileSize = 1000
        assertError(f.path, contains: "too large", options: options)
        options.maxFileSize = 1 << 20
        XCTAssertNil(error(f.path, options: options))
    }

    func testDirectoryAndMissingFile() throws {
        let dir = try TestSupport.tempDir(self)
        assertError(dir.path, contains: "directory")
        assertError(dir.appendingPathComponent("nope.txt").path, contains: "no such file")
    }

    func testUnreadable() throws {
        let f = try TestSupport.tempDir(self).appendingPathComponent("secret.txt")
        try Data("Vraag 1\nGeheim?\n".utf8).write(to: f)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: f.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: f.path) }
        try XCTSkipIf(FileManager.default.isReadableFile(atPath: f.path), "running as root: the file stays readable")
        assertError(f.path, contains: "cannot read")
    }

    func testCorruptPDF() throws {
        try XCTSkipIf(PDFTextExtractor.findExecutable() == nil, "pdftotext not installed")
        let f = try TestSupport.tempDir(self).appendingPathComponent("broken.pdf")
        try Data("%PDF-1.4\nthis is not really a pdf\n%%EOF\n".utf8).write(to: f)
        assertError(f.path, contains: "PDF")
    }

    func testMaxFileSizeFromEnvironmentIsDocumentedDefault() {
        // Without the variable the default is 50 MiB.
        if ProcessInfo.processInfo.environment["KAMERVRAGEN_MAX_FILE_SIZE"] == nil {
            XCTAssertEqual(ParseOptions().maxFileSize, 50 << 20)
        }
    }
}

import Foundation
import XCTest

/// End-to-end: the built `kamervragen parse` binary (found beside the test bundle; skipped when absent).
final class ParseCommandTests: XCTestCase {
    static func binary() -> URL? {
        // The test bundle (macOS) or test executable (Linux) sits in the build's products directory.
        let starts = [Bundle(for: ParseCommandTests.self).bundleURL,
                      URL(fileURLWithPath: ProcessInfo.processInfo.arguments.first ?? "")]
        for start in starts {
            var dir = start
            for _ in 0..<3 {
                let candidate = dir.appendingPathComponent("kamervragen")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }

    func run(_ args: [String]) throws -> (status: Int32, out: Data, err: String) {
        guard let bin = Self.binary() else { throw XCTSkip("kamervragen binary not built next to the tests") }
        let p = Process()
        p.executableURL = bin
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, o, String(decoding: e, as: UTF8.self))
    }

    func testJSONIsOneObjectWithTheContractFields() throws {
        let seed = TestSupport.corpus.appendingPathComponent("000_2b302af1f60f65a6.txt").path
        let r = try run(["parse", seed, "--json"])
        XCTAssertEqual(r.status, 0, r.err)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.out) as? [String: Any])
        for key in ["kind", "title", "askers", "submitted", "received", "questions", "answers", "footnotes", "diagnostics", "text"] {
            XCTAssertNotNil(object[key], key)
        }
        XCTAssertEqual(object["kind"] as? String, "answers")
        XCTAssertEqual((object["questions"] as? [Any])?.count, 6)
    }

    func testReadableView() throws {
        let r = try run(["parse", TestSupport.corpus.appendingPathComponent("000_2b302af1f60f65a6.txt").path])
        XCTAssertEqual(r.status, 0)
        let text = String(decoding: r.out, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("Kind: answers\n"))
        XCTAssertTrue(text.contains("\nQuestion 3\n"))
        XCTAssertTrue(text.contains("\nFootnotes\n  1 https://www.nctv.nl/"))
    }

    func testBadInputIsOneLineOnStderrAndExit2() throws {
        let dir = try TestSupport.tempDir(self)
        let empty = dir.appendingPathComponent("leeg.txt")
        try Data().write(to: empty)
        for path in [empty.path, dir.path, dir.appendingPathComponent("missing.txt").path] {
            let r = try run(["parse", path])
            XCTAssertEqual(r.status, 2, path)
            XCTAssertTrue(r.err.hasPrefix("kamervragen: \(path): "), r.err)
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
            XCTAssertTrue(r.out.isEmpty)
        }
    }
}

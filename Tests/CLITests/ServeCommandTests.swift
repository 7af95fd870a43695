import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `kamervragen serve` as a process: refuses a missing index, warns when it listens beyond this
/// machine, serves, and stops on SIGTERM.
final class ServeCommandTests: XCTestCase {
    func testMissingIndexExits2() throws {
        let repo = try ScratchRepo()
        let result = try repo.run("serve", "--db", repo.path + "/none.sqlite", "--port", "0")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no index"), result.stderr)
    }

    func testWarnsOnANetworkAddressServesAndStopsOnSIGTERM() throws {
        let repo = try ScratchRepo()
        XCTAssertEqual(try repo.run("index").status, 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try XCTUnwrap(CLI.binary))
        process.arguments = ["serve", "--host", "0.0.0.0", "--port", "0"]
        process.currentDirectoryURL = URL(fileURLWithPath: repo.path)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while !text.contains("serving"), Date() < deadline {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        XCTAssertTrue(text.contains("warning: listening on 0.0.0.0"), text)
        let port = try XCTUnwrap(text.components(separatedBy: "http://0.0.0.0:").dropFirst().first?.prefix { $0.isNumber })
        let page = try String(contentsOf: URL(string: "http://127.0.0.1:\(port)/?q=versterkingsgelden")!, encoding: .utf8)
        XCTAssertTrue(page.contains("<mark>versterkingsgelden</mark>"))
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }
}

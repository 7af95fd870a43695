import Foundation
import XCTest
@testable import Kamervragen

/// Paths and helpers shared by the parser tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("Corpus").resolvingSymlinksInPath()
    static let golden = packageRoot.appendingPathComponent("Tests/KamervragenTests/Golden")

    static func parse(_ text: String) -> Document { DocumentParser().parse(text: text) }

    /// A fresh temporary directory, removed by the test case's teardown block.
    static func tempDir(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kv-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    static func numbers(_ d: Document) -> (q: [[Int]], a: [[Int]]) {
        (d.questions.map(\.numbers), d.answers.map(\.numbers))
    }
}

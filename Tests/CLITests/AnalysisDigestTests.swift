import Foundation
import XCTest

/// The index terms of the whole Corpus are exactly those of the analysis before the Swift stemmer
/// replaced libstemmer (issue 17): a stored digest of `kamervragen analyze` over every Corpus text.
/// The same comparison over the shared real documents (`../shared/realdocs`, `../shared/realcorpus`)
/// was made when the stemmer changed: 274,822 terms, no difference.
final class AnalysisDigestTests: XCTestCase {
    func testTheCorpusAnalysesAsBefore() throws {
        let digestFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("analysis-digest.txt")
        let expected = try String(contentsOf: digestFile, encoding: .utf8).split(separator: "\n")
            .first { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
        let corpus = CLI.packageRoot.appendingPathComponent("Corpus").path
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
        // The files as bytes (the Corpus holds Windows-1252 and UTF-16 texts too), outputs concatenated.
        let script = "bin=\"$0\"; for f in \"$@\"; do \"$bin\" analyze < \"$f\" || exit 1; done | sha256sum"
        let sha = try CLI.runProcess("/bin/sh", ["-c", script, try XCTUnwrap(CLI.binary)] + files.map { corpus + "/" + $0 })
        XCTAssertEqual(sha.status, 0, sha.stderr)
        XCTAssertEqual(sha.stdout.split(separator: " ").first.map(String.init), expected)
    }
}

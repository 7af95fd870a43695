import Foundation
import XCTest

/// Word files in a folder: indexed and found; bad ones reported one line each, exit 3, the run goes on.
final class WordIndexTests: XCTestCase {
    func testWordFilesAreIndexedAndBadOnesReported() throws {
        let repo = try ScratchRepo()
        let words = CLI.packageRoot.appendingPathComponent("Tests/KamervragenTests/Word").path
        for name in try FileManager.default.contentsOfDirectory(atPath: words) {
            try FileManager.default.copyItem(atPath: words + "/" + name, toPath: repo.path + "/Corpus/" + name)
        }
        let index = try repo.run("index")
        XCTAssertEqual(index.status, 3, index.stderr)
        for bad in ["geen-zip.docx", "zonder-document.docx", "met-wachtwoord.docx", "zipbom.docx"] {
            XCTAssertEqual(index.stderr.split(separator: "\n").filter { $0.contains(bad) }.count, 1, "\(bad): \(index.stderr)")
        }
        let search = try repo.run("search", "lerarentekort", "--json")
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stdout.contains("antwoord-nummering-voetnoot.docx"))
        XCTAssertEqual(try repo.run("search", "zij-instromers").status, 0)
    }
}

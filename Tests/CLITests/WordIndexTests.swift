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
        for bad in ["geen-zip.docx", "zonder-document.docx", "met-wachtwoord.docx", "zipbom.docx", "zonder-inhoud.odt"] {
            XCTAssertEqual(index.stderr.split(separator: "\n").filter { $0.contains(bad) }.count, 1, "\(bad): \(index.stderr)")
        }
        let search = try repo.run("search", "lerarentekort", "--json")
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stdout.contains("antwoord-nummering-voetnoot.docx"))
        XCTAssertEqual(try repo.run("search", "zij-instromers").status, 0)
        let odt = try repo.run("search", "forensenkaart", "--json")
        XCTAssertEqual(odt.status, 0, odt.stderr)
        XCTAssertTrue(odt.stdout.contains("antwoord-lijst-voetnoot.odt"))
    }

    func testWithoutPdftotextPDFsAreReportedOncePerRun() throws {
        let repo = try ScratchRepo()
        let pdf = CLI.packageRoot.appendingPathComponent("Corpus/014_pdf-twee-paginas.pdf").path
        for name in ["a.pdf", "b.pdf"] { try FileManager.default.copyItem(atPath: pdf, toPath: repo.path + "/Corpus/" + name) }
        let index = try repo.run("index", environment: ["PATH": "/nonexistent"])
        XCTAssertEqual(index.status, 3, index.stderr)
        XCTAssertEqual(index.stderr.split(separator: "\n").filter { $0.contains("pdftotext") || $0.contains("poppler") },
                       ["kamervragen: install poppler-utils to index PDFs: 2 files skipped"])
        XCTAssertEqual(try repo.run("search", "versterkingsgelden").status, 0, "the rest is indexed")
    }
}

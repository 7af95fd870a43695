import Foundation
import XCTest

/// `index` and scanned PDFs: refused without `--ocr` (exit 3, one line, the rest indexed), read with it,
/// retried on the next run without a file change, and never recognised twice (the OCR cache).
final class ScannedPDFIndexTests: XCTestCase {
    func testScannedPDFNeedsOCRAndIsRecognisedOnce() throws {
        let repo = try ScratchRepo()
        let scan = repo.path + "/Corpus/scan.pdf"
        let make = try CLI.runProcess(CLI.packageRoot.appendingPathComponent("scripts/make-scanned-pdf").path,
                                      [CLI.packageRoot.appendingPathComponent("Corpus/014_pdf-twee-paginas.pdf").path, scan])
        try XCTSkipIf(make.status != 0, "cannot make a scanned PDF here (pdftoppm?): \(make.stderr)")

        let plain = try repo.run("index")
        XCTAssertEqual(plain.status, 3, plain.stderr)
        XCTAssertEqual(plain.stderr.split(separator: "\n").filter { $0.contains("scan.pdf") },
                       ["kamervragen: \(scan): no text layer (use --ocr)"])
        XCTAssertEqual(try repo.run("search", "versterkingsgelden").status, 0, "the other files are indexed")

        let tessdata = ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"]
        try XCTSkipUnless(tessdata.contains { FileManager.default.fileExists(atPath: $0 + "/nld.traineddata") },
                          "tesseract-ocr-nld is not installed: OCR by index not tested")
        // The file did not change, but it failed last time: --ocr reads it now.
        let ocr = try repo.run("index", "--ocr")
        XCTAssertEqual(ocr.status, 0, ocr.stderr)
        XCTAssertTrue(ocr.stderr.contains("OCR: 2 pages of 1 scanned PDF in"), ocr.stderr)
        let found = try repo.run("search", "windpark", "Eemshaven", "--json")
        XCTAssertEqual(found.status, 0, found.stderr)
        XCTAssertTrue(found.stdout.contains("scan.pdf"), found.stdout)

        // A rebuild (KAMERVRAGEN_OCR=1, as the nightly job sets it) takes the text from the cache.
        let rebuild = try repo.run("index", "--rebuild", environment: ["KAMERVRAGEN_OCR": "1"])
        XCTAssertEqual(rebuild.status, 0, rebuild.stderr)
        XCTAssertTrue(rebuild.stderr.contains("1 scanned PDF from the OCR cache"), rebuild.stderr)
        XCTAssertFalse(rebuild.stderr.contains("pages/s"), rebuild.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: repo.path + "/.kamervragen/index.ocr-cache"))
    }
}

import Foundation
import XCTest
@testable import Kamervragen

/// Scanned PDFs: without OCR a clear refusal; with OCR (tesseract-ocr-nld) the questions and answers
/// come back, through the same parser, and the text is cached by the PDF's hash.
final class ScannedPDFTests: XCTestCase {
    /// A scan of the Corpus's two-page PDF (rendered at 150 dpi, a little pixel noise, no text layer),
    /// made by `scripts/make-scanned-pdf`.
    private func scannedPDF() throws -> String {
        guard ExternalCommand.find("pdftoppm") != nil, ExternalCommand.find("python3") != nil else {
            throw XCTSkip("needs pdftoppm (poppler-utils) and python3 to make the scanned page")
        }
        let dir = try TestSupport.tempDir(self)
        let out = dir.appendingPathComponent("scan.pdf").path
        let process = Process()
        process.executableURL = TestSupport.packageRoot.appendingPathComponent("scripts/make-scanned-pdf")
        process.arguments = [TestSupport.corpus.appendingPathComponent("014_pdf-twee-paginas.pdf").path, out, "--noise", "1"]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return out
    }

    private func requireTesseract() throws {
        guard ExternalCommand.find("tesseract") != nil,
              FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/5/tessdata/nld.traineddata")
                || FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/4.00/tessdata/nld.traineddata") else {
            throw XCTSkip("tesseract with the Dutch model is not installed (apt-get install tesseract-ocr-nld): OCR not tested")
        }
    }

    func testScanWithoutOCRIsRefusedNotEmpty() throws {
        let scan = try scannedPDF()
        XCTAssertThrowsError(try DocumentParser().parse(fileAt: scan)) { error in
            XCTAssertEqual((error as? ParseError)?.reason, "no text layer (use --ocr)")
        }
    }

    func testScanIsReadByOCRWithItsQuestionsAndAnswers() throws {
        try requireTesseract()
        let scan = try scannedPDF()
        let cache = try TestSupport.tempDir(self).path
        var options = ParseOptions()
        options.ocr = OCROptions(cacheDirectory: cache)
        let doc = try DocumentParser(options: options).parse(fileAt: scan)
        let original = try DocumentParser().parse(fileAt: TestSupport.corpus.appendingPathComponent("014_pdf-twee-paginas.pdf").path)
        XCTAssertEqual(doc.kind, original.kind)
        XCTAssertEqual(TestSupport.numbers(doc).q, TestSupport.numbers(original).q)
        XCTAssertEqual(TestSupport.numbers(doc).a, TestSupport.numbers(original).a)
        XCTAssertEqual(doc.submitted, original.submitted)
        XCTAssertEqual(doc.received, original.received)
        // Most words of each answer come back (OCR noise may change a few).
        for (ocr, text) in zip(doc.answers, original.answers) {
            let words = Set(text.text.split(separator: " ").map(String.init).filter { $0.count > 3 })
            let found = words.filter { ocr.text.contains($0) }
            XCTAssertGreaterThanOrEqual(Double(found.count), 0.8 * Double(words.count), "answer \(text.numbers): \(ocr.text)")
        }
        XCTAssertTrue(doc.diagnostics.contains(Diagnostic(.info, "text read by OCR (2 pages)")))
        XCTAssertEqual(options.ocr!.statistics.snapshot.pages, 2)

        // The second read comes from the cache (the file's hash), not from tesseract.
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".txt") }
        XCTAssertEqual(cached.count, 1)
        var again = ParseOptions()
        again.ocr = OCROptions(cacheDirectory: cache)
        let second = try DocumentParser(options: again).parse(fileAt: scan)
        XCTAssertEqual(second, doc)
        XCTAssertEqual(again.ocr!.statistics.snapshot.cachedFiles, 1)
        XCTAssertEqual(again.ocr!.statistics.snapshot.pages, 0)
    }

    func testTextLayerThreshold() {
        XCTAssertEqual(TextLayer.scannedPages(""), 1)
        XCTAssertEqual(TextLayer.scannedPages(" \n\u{0C}\n\u{0C}\u{0C}"), 3)
        XCTAssertEqual(TextLayer.scannedPages("Tweede Kamer 12\u{0C}\u{0C}"), 2, "a stamp is no text layer")
        let page = String(repeating: "Kunt u aangeven welke gemeenten versterkingsgelden ontvangen? ", count: 3)
        XCTAssertNil(TextLayer.scannedPages(page + "\u{0C}" + page + "\u{0C}"))
        XCTAssertNil(TextLayer.scannedPages("Mededeling: de vragen van het lid Van Dijk kunnen niet binnen de termijn worden beantwoord.\u{0C}"))
    }
}

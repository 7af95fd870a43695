import XCTest
@testable import Kamervragen

final class HTMLAndPDFTests: XCTestCase {
    let html = """
        <html><head><title>Kamervragen</title><script>var x = "<div class='vraag'>";</script></head><body>
        <p>Vragen van het lid Kamp (VVD) aan de Minister van Justitie over de politie (ingezonden 3 mei 2016).</p>
        <div class="vraag"><h2 class="stuktitel no-toc"><a id="d1"></a>Vraag 1
        </h2><p>Wat vindt u van het bericht &laquo;Agent&raquo; &amp; de reactie?<a class="nootnum supernote-click-ID-1" href="#n1">1</a></p></div>
        <div class="antwoord"><h2 class="stuktitel">Antwoord 1</h2><p>Ik vind het&nbsp;goed.<sup>2</sup></p></div>
        <div id="noten"><hr /><div class="voet noot"><h5 class="note-close"><a class="note-close">X</a> Noot</h5>
        <sup><span class="nootnum"><a id="n1"></a>1</span></sup><p><a href="http://nos.nl/l/1">http://nos.nl/l/1</a></p></div>
        <div class="voet noot"><sup><span class="nootnum">2</span></sup><p>Kamerstuk 1 2, nr. 3</p></div></div>
        </body></html>
        """

    func testOfficieleBekendmakingenHTML() {
        let d = TestSupport.parse(html)
        XCTAssertEqual(d.kind, .answers)
        XCTAssertEqual(d.askers, [Person(name: "Kamp", party: "VVD")])
        XCTAssertEqual(d.questions, [Question(numbers: [1], text: "Wat vindt u van het bericht «Agent» & de reactie?",
                                              footnoteNumbers: [1])])
        XCTAssertEqual(d.answers, [Answer(numbers: [1], text: "Ik vind het goed.", footnoteNumbers: [2])])
        XCTAssertEqual(d.footnotes, [Footnote(number: 1, text: "http://nos.nl/l/1"), Footnote(number: 2, text: "Kamerstuk 1 2, nr. 3")])
        XCTAssertFalse(d.text.contains("<"))
        XCTAssertFalse(d.text.contains("var x"))
    }

    func testReferencesWithoutNotesAreStillRemoved() {
        let d = TestSupport.parse("""
            <div class="vraag"><h2 class="stuktitel">Vraag 1</h2><p>Wat is uw reactie?<a class="nootnum" href="#n1">1</a> <a class="nootnum">2</a></p></div>
            <div class="vraag"><h2 class="stuktitel">Vraag 2</h2><p>Zijn er 10<sup>6</sup> gevallen?</p></div>
            """)
        XCTAssertEqual(d.kind, .questions)
        XCTAssertEqual(d.questions.map(\.text), ["Wat is uw reactie?", "Zijn er 10 gevallen?"])
        XCTAssertEqual(d.questions.map(\.footnoteNumbers), [[1, 2], [6]])
    }

    func testNotesOnlyFragmentGivesNoQuestions() {
        let d = TestSupport.parse("""
            <div id="noten"><div class="voet noot"><sup><span class="nootnum">1</span></sup><p>VOG: verklaring omtrent gedrag</p></div></div>
            """)
        XCTAssertEqual(d.kind, .questions)
        XCTAssertEqual(d.questions, [])
        XCTAssertEqual(d.footnotes, [Footnote(number: 1, text: "VOG: verklaring omtrent gedrag")])
        XCTAssertTrue(d.diagnostics.contains { $0.message.hasPrefix("unsure kind") })
    }

    func testPDFFromTheCorpus() throws {
        try XCTSkipIf(PDFTextExtractor.findExecutable() == nil, "pdftotext not installed")
        let pdf = TestSupport.corpus.appendingPathComponent("014_pdf-twee-paginas.pdf")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: pdf.path), "corpus PDF not present")
        let d = try DocumentParser().parse(fileAt: pdf.path)
        XCTAssertEqual(d.kind, .answers)
        XCTAssertFalse(d.answers.isEmpty)
        XCTAssertEqual(d.answers.map(\.numbers), d.questions.map(\.numbers))
    }

    func testMissingPdftotextIsAClearError() throws {
        let pdf = TestSupport.corpus.appendingPathComponent("014_pdf-twee-paginas.pdf")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: pdf.path), "corpus PDF not present")
        let saved = ProcessInfo.processInfo.environment["PATH"] ?? ""
        setenv("PATH", "/nonexistent-kamervragen-test", 1)
        defer { setenv("PATH", saved, 1) }
        XCTAssertThrowsError(try DocumentParser().parse(fileAt: pdf.path)) { e in
            XCTAssertEqual((e as? ParseError)?.reason, "pdftotext not found: install poppler-utils")
        }
    }

    func testPDFTimeoutKillsTheProcess() throws {
        let pdf = TestSupport.corpus.appendingPathComponent("014_pdf-twee-paginas.pdf")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: pdf.path), "corpus PDF not present")
        // A fake `pdftotext` that never finishes.
        let dir = try TestSupport.tempDir(self)
        let fake = dir.appendingPathComponent("pdftotext")
        try "#!/bin/sh\nexec /bin/sleep 30\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let saved = ProcessInfo.processInfo.environment["PATH"] ?? ""
        setenv("PATH", dir.path, 1)
        defer { setenv("PATH", saved, 1) }
        var options = ParseOptions()
        options.pdfTimeout = 0.5
        XCTAssertThrowsError(try DocumentParser(options: options).parse(fileAt: pdf.path)) { e in
            XCTAssertTrue((e as? ParseError)?.reason.contains("longer than") ?? false, "\(e)")
        }
    }
}

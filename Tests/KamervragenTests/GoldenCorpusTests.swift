import XCTest
@testable import Kamervragen

/// Every document in `Corpus/` parses to its reviewed expectation in `Golden/<file>.expected.json`.
/// `KAMERVRAGEN_RECORD_GOLDEN=1 swift test --filter GoldenCorpusTests` re-records (then review the diff).
final class GoldenCorpusTests: XCTestCase {
    static let recording = ProcessInfo.processInfo.environment["KAMERVRAGEN_RECORD_GOLDEN"] == "1"

    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return e
    }

    func corpusFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: TestSupport.corpus, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.first?.isNumber == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testCorpusHasDocuments() throws {
        XCTAssertGreaterThanOrEqual(try corpusFiles().count, 1)
    }

    func testEveryCorpusDocumentMatchesItsGoldenFile() throws {
        var missing: [String] = []
        for url in try corpusFiles() {
            let name = url.lastPathComponent
            let doc: Document
            do { doc = try DocumentParser().parse(fileAt: url.path) } catch {
                XCTFail("\(name): \(error)"); continue
            }
            let goldenURL = TestSupport.golden.appendingPathComponent(name + ".expected.json")
            if Self.recording {
                try (Self.encoder().encode(doc) + Data("\n".utf8)).write(to: goldenURL)
                continue
            }
            guard let data = FileManager.default.contents(atPath: goldenURL.path) else { missing.append(name); continue }
            let expected = try JSONDecoder().decode(Document.self, from: data)
            compare(doc, expected, name)
        }
        XCTAssertEqual(missing, [], "no golden file: record with KAMERVRAGEN_RECORD_GOLDEN=1 and review")
    }

    /// Field by field, so a failure says what changed.
    func compare(_ got: Document, _ want: Document, _ name: String) {
        XCTAssertEqual(got.kind, want.kind, "\(name): kind")
        XCTAssertEqual(got.title, want.title, "\(name): title")
        XCTAssertEqual(got.askers, want.askers, "\(name): askers")
        XCTAssertEqual(got.addressees, want.addressees, "\(name): addressees")
        XCTAssertEqual(got.answerers, want.answerers, "\(name): answerers")
        XCTAssertEqual(got.submitted, want.submitted, "\(name): submitted")
        XCTAssertEqual(got.received, want.received, "\(name): received")
        XCTAssertEqual(got.identifiers, want.identifiers, "\(name): identifiers")
        XCTAssertEqual(got.questions.map(\.numbers), want.questions.map(\.numbers), "\(name): question numbers")
        XCTAssertEqual(got.answers.map(\.numbers), want.answers.map(\.numbers), "\(name): answer numbers")
        for (g, w) in zip(got.questions, want.questions) { XCTAssertEqual(g.text, w.text, "\(name): question \(w.numbers)") }
        for (g, w) in zip(got.answers, want.answers) { XCTAssertEqual(g.text, w.text, "\(name): answer \(w.numbers)") }
        XCTAssertEqual(got.questions.map(\.footnoteNumbers), want.questions.map(\.footnoteNumbers), "\(name): question footnote refs")
        XCTAssertEqual(got.answers.map(\.footnoteNumbers), want.answers.map(\.footnoteNumbers), "\(name): answer footnote refs")
        XCTAssertEqual(got.footnotes, want.footnotes, "\(name): footnotes")
        XCTAssertEqual(got.notice, want.notice, "\(name): notice")
        XCTAssertEqual(got.diagnostics, want.diagnostics, "\(name): diagnostics")
        XCTAssertEqual(got.text, want.text, "\(name): text")
        XCTAssertEqual(got.unsplit, want.unsplit, "\(name): text not split")
        XCTAssertEqual(got.sets.count, want.sets.count, "\(name): question sets")
        for (k, (g, w)) in zip(got.sets, want.sets).enumerated() { compare(g, w, "\(name) set \(k + 2)") }
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Kamervragen
@testable import SearchIndex
import XCTest

/// Watches (issue 16): what is new since the last run, by content, across rebuilds and renames.
final class WatchTests: XCTestCase {
    private let question = "Bent u bekend met de sluiting van de sluizen bij Kornwerderzand voor schepen?"

    private func questions(_ text: String? = nil) -> Document {
        let q = text ?? question
        return Document(kind: .questions, title: "de sluizen", askers: [Person(name: "Van Dijk", party: "CDA")],
                        submitted: "2025-01-22", identifiers: ["2025Z01234"],
                        questions: [Question(numbers: [1], text: q)], text: q)
    }

    private func answers() -> Document {
        var d = answered(title: "de sluizen", questions: [question], answers: ["Ja, tot de zomer."],
                         askers: [Person(name: "Van Dijk", party: "CDA")], submitted: "2025-01-22", received: "2025-03-04")
        d.identifiers = ["2025Z01234"]
        return d
    }

    private func setUp(_ f: IndexFixture, query: String = "Kornwerderzand") throws -> (WatchStore, Watch) {
        let store = try WatchStore(indexPath: f.databasePath)
        let watch = Watch(name: "sluizen", target: .search(query: query, exact: false, filters: SearchFilters()),
                          created: Indexer.now())
        try store.add(watch, baseline: try WatchRunner(indexPath: f.databasePath, store: store).baseline(watch.target))
        Thread.sleep(forTimeInterval: 1.1)
        return (store, watch)
    }

    private func run(_ f: IndexFixture, _ store: WatchStore, commit: Bool = true) throws -> [WatchEvent.Kind] {
        let watch = try XCTUnwrap(try store.watch(named: "sluizen"))
        // The index records whole seconds: the next file indexed is later than this run.
        let report = try WatchRunner(indexPath: f.databasePath, store: store).run(watch, now: Indexer.now(), commit: commit)
        Thread.sleep(forTimeInterval: 1.1)
        return report.events.map(\.kind)
    }

    func testANewFileThatMatchesIsReportedOnce() throws {
        let f = try IndexFixture()
        try f.write("ander.txt", answered(title: "iets anders", questions: ["Waarom?"], answers: ["Daarom."]))
        try f.index()
        let (store, _) = try setUp(f)
        XCTAssertEqual(try run(f, store), [], "nothing new right after adding")
        try f.write("vragen.txt", questions())
        try f.index()
        XCTAssertEqual(try run(f, store), [.new])
        XCTAssertEqual(try run(f, store), [], "two runs in a row: the second is empty")
        XCTAssertEqual(try store.entries("sluizen").count, 1)
    }

    func testAnAnswerToASeenQuestionIsReportedAsAnswered() throws {
        let f = try IndexFixture()
        try f.write("vragen.txt", questions())
        try f.index()
        let (store, _) = try setUp(f)
        try f.write("antwoord.txt", answers())
        try f.index()
        XCTAssertEqual(try run(f, store), [.answered])
        XCTAssertEqual(try run(f, store), [])
    }

    func testAFileChangedToAddAnAnswer() throws {
        let f = try IndexFixture()
        try f.write("set.txt", questions())
        try f.index()
        let (store, _) = try setUp(f)
        try f.write("set.txt", answers())
        try f.setMtime("set.txt", Date().addingTimeInterval(30))
        try f.index()
        XCTAssertEqual(try run(f, store), [.answered])
    }

    func testARenamedFileAndARebuildReportNothing() throws {
        let f = try IndexFixture()
        try f.write("vragen.txt", questions())
        try f.index()
        let (store, _) = try setUp(f)
        try FileManager.default.moveItem(atPath: f.corpus + "/vragen.txt", toPath: f.corpus + "/hernoemd.txt")
        try f.index()
        XCTAssertEqual(try run(f, store), [], "a renamed file is not new")
        try f.index(rebuild: true)
        XCTAssertEqual(try run(f, store), [], "a rebuild with nothing changed reports nothing")
        XCTAssertTrue(FileManager.default.fileExists(atPath: WatchStore.path(forIndex: f.databasePath)),
                      "the watches survive the rebuild's swap")
        XCTAssertNotNil(try WatchStore(indexPath: f.databasePath).watch(named: "sluizen"))
    }

    func testADryRunDoesNotMoveTheWatchOn() throws {
        let f = try IndexFixture()
        try f.write("ander.txt", answered(title: "iets anders", questions: ["Waarom?"], answers: ["Daarom."]))
        try f.index()
        let (store, _) = try setUp(f)
        try f.write("vragen.txt", questions())
        try f.index()
        XCTAssertEqual(try run(f, store, commit: false), [.new])
        XCTAssertEqual(try run(f, store, commit: false), [.new])
        XCTAssertEqual(try run(f, store), [.new])
        XCTAssertEqual(try run(f, store), [])
    }

    func testAQueryWithNothingToSearchForIsRefused() throws {
        let f = try IndexFixture()
        try f.write("vragen.txt", questions())
        try f.index()
        let store = try WatchStore(indexPath: f.databasePath)
        XCTAssertThrowsError(try WatchRunner(indexPath: f.databasePath, store: store)
            .baseline(.search(query: "-sluizen", exact: false, filters: SearchFilters()))) { error in
            XCTAssertEqual((error as? IndexError)?.kind, .badQuery)
        }
    }

    func testAFeedIsValidXMLAndItsEntriesKeepTheirIds() throws {
        let entry = FeedEntry(id: "urn:kamervragen:w:new:q1", title: "a <b> & \"c\"", updated: "2030-01-01T00:00:00Z",
                              link: "file:///x", content: "Q: \u{1}x")
        let xml = AtomFeed.render(title: "t", id: "urn:kamervragen:watch:w", updated: "2030-01-01T00:00:00Z", entries: [entry])
        let parser = XMLParser(data: Data(xml.utf8))
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertTrue(xml.contains("a &lt;b&gt; &amp; &quot;c&quot;"))
        // A feed that cannot be written leaves the old one as it was.
        let dir = NSTemporaryDirectory() + "kv-feed-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomFeed.write("old", to: dir + "/w.atom")
        XCTAssertThrowsError(try AtomFeed.write(xml, to: dir + "/missing/w.atom"))
        XCTAssertEqual(try String(contentsOfFile: dir + "/w.atom", encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["w.atom"], "no temporary file left")
    }
}

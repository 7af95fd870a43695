import DutchText
import Foundation
import GRDB
@testable import SearchIndex
import XCTest

/// The compound splitter's frequencies through the index: counted at a rebuild, stored, reused by
/// incremental runs (so deleting a document removes exactly its terms), renewed by the next rebuild.
final class CompoundFrequencyIndexTests: XCTestCase {
    private func fixture() throws -> IndexFixture {
        XCTAssertGreaterThan(CompoundLexicon.shared.count, 100_000, "the bundled word list")
        return try IndexFixture()
    }

    private func compoundOnly(_ f: IndexFixture) throws -> Int {
        try f.search("kinderbescherming").total
    }

    func testCollectionFrequenciesDecideSplitsUntilTheNextRebuild() throws {
        let f = try fixture()
        // In general Dutch `kinderbeschermingsmaatregel` is rare and splits; a collection that uses it
        // forty times makes it a common word of its own, kept whole.
        let repeated = Array(repeating: "de kinderbeschermingsmaatregel", count: 40).joined(separator: " en ")
        try f.write("veel.txt", answered(title: "Veel", questions: ["Vraag: \(repeated)?"], answers: ["Antwoord."]))
        try f.write("een.txt", answered(title: "Een", questions: ["Is er een kinderbeschermingsmaatregel?"],
                                        answers: ["Nee."]))
        try f.index()
        let stored = try XCTUnwrap(WordFrequencyTable.read(databasePath: f.databasePath))
        let stats = try IndexStatistics.read(databasePath: f.databasePath)
        XCTAssertGreaterThan(stats.countedWords, 80, "every word of both files")
        XCTAssertGreaterThan(stats.collectionFrequencies, 0)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(stored.zipf("kinderbeschermingsmaatregel")), CompoundSplitter.commonZipf)
        XCTAssertNil(CompoundFrequencies.general.zipf("kinderbeschermingsmaatregel"), "rare in general Dutch")
        XCTAssertEqual(try compoundOnly(f), 0, "a common word of this collection is not split")

        // An incremental run keeps the stored frequencies: the remaining document's word is still
        // whole, and removing the other one leaves a consistent full-text index.
        try FileManager.default.removeItem(atPath: f.corpus + "/veel.txt")
        let update = try f.index()
        XCTAssertEqual(update.removed, 1)
        XCTAssertNil(update.rebuildReason)
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
        XCTAssertEqual(try compoundOnly(f), 0)

        // A rebuild counts again: now the word is rare and split, so `kinderbescherming` finds it.
        try f.index(rebuild: true)
        XCTAssertLessThan(try XCTUnwrap(WordFrequencyTable.read(databasePath: f.databasePath))
            .zipf("kinderbeschermingsmaatregel") ?? CompoundFrequencies.rareZipf, CompoundSplitter.commonZipf)
        XCTAssertEqual(try compoundOnly(f), 1)
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }

    func testOnlyValuesThatDifferFromGeneralDutchAreStored() throws {
        let f = try fixture()
        try f.write("a.txt", answered(title: "A", questions: ["Welke maatregel neemt de staatssecretaris?"],
                                      answers: ["Geen."]))
        try f.index()
        let rows = try DatabaseQueue(path: f.databasePath).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM word_frequencies") ?? -1
        }
        XCTAssertLessThan(rows, 100, "a few words counted once barely move the general values")
        let stored = try XCTUnwrap(WordFrequencyTable.read(databasePath: f.databasePath))
        XCTAssertEqual(stored.zipf("maatregel"), CompoundFrequencies.general.zipf("maatregel"))
        XCTAssertEqual(stored.zipf("staatssecretaris"), CompoundLexicon.general.zipf("staatssecretaris"),
                       "the general values are read back with the stored ones")
    }

    func testStoredFrequenciesReadBackExactlyAndHoldOnlyTheCollectionsWords() throws {
        _ = try fixture()
        // 2 million words: enough to move every general value (by the smoothing) and the words used.
        var counts = CorpusWordCounts(lexicon: .general)
        let text = "de minister van kinderbescherming neemt een maatregel voor gemeenten en provincies "
        let block = String(repeating: text, count: 20_000)
        for _ in 0..<10 { Array(block.utf8).withUnsafeBufferPointer { counts.add($0) } }
        let lexicon = counts.frequencies
        let queue = try DatabaseQueue(configuration: IndexDatabase.configuration())
        try queue.write { db in
            try Schema.create(in: db, bulk: false)
            try WordFrequencyTable.write(lexicon, totalWords: counts.totalWords, in: db)
            let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM word_frequencies") ?? -1
            let general = CompoundLexicon.general.zipfValues
            XCTAssertGreaterThan(zip(lexicon.zipfValues, general).filter { $0 != $1 }.count, 10_000,
                                 "the smoothing moves many general values")
            XCTAssertLessThanOrEqual(rows, 12, "only the words the text holds are stored")
            let read = try XCTUnwrap(WordFrequencyTable.read(connection: db.sqliteConnection))
            XCTAssertEqual(read.zipfValues, lexicon.zipfValues, "read back exactly")
        }
    }
}

import Foundation
@testable import SearchIndex
import XCTest

/// The evaluation of `similar` (`Fixtures/similar-eval.json`: questions reworded by hand, each with the
/// pair it should find): MRR@10 and recall@10 of `similar`, of `search` with the same text, and of a
/// plain `OR` of the text's words; `similar` must do at least as well as both. The Corpus part always
/// runs; the part on the shared real documents when `KAMERVRAGEN_REALDOCS` names them (with
/// `realcorpus/` beside it, when there, as more pairs to tell apart). `scripts/similar-eval` prints
/// the same table from the command line.
final class SimilarEvaluationTests: XCTestCase {
    struct Item: Decodable {
        var file: String
        var set: Int
        var pair: Int
        var text: String
    }

    struct EvaluationSet: Decodable {
        var corpus: [Item]
        var realdocs: [Item]
    }

    /// The query language takes at most this many terms: `search` and `OR` get the text's first words.
    static let queryWords = QueryParser.maxTerms

    static func load() throws -> EvaluationSet {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/similar-eval.json")
        return try JSONDecoder().decode(EvaluationSet.self, from: Data(contentsOf: url))
    }

    func testTheSetIsLargeEnough() throws {
        let set = try Self.load()
        XCTAssertGreaterThanOrEqual(set.corpus.count, 30)
        XCTAssertEqual(Set(set.corpus.map(\.text)).count, set.corpus.count, "no question twice")
    }

    func testSimilarDoesAtLeastAsWellAsSearchOnTheCorpus() throws {
        try evaluate(try Self.load().corpus, databasePath: try SimilarTests.built.get(), part: "corpus")
    }

    func testSimilarDoesAtLeastAsWellAsSearchOnTheRealDocuments() throws {
        guard let realdocs = ProcessInfo.processInfo.environment["KAMERVRAGEN_REALDOCS"], !realdocs.isEmpty else {
            throw XCTSkip("set KAMERVRAGEN_REALDOCS to the shared real documents")
        }
        var roots = [realdocs, SimilarTests.corpus]
        let beside = URL(fileURLWithPath: realdocs).deletingLastPathComponent().appendingPathComponent("realcorpus").path
        if FileManager.default.fileExists(atPath: beside) { roots.append(beside) }
        let dir = NSTemporaryDirectory() + "kv-similar-eval-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/index.sqlite"
        _ = try Indexer.run(IndexRequest(databasePath: path, roots: roots))
        try evaluate(try Self.load().realdocs, databasePath: path, part: "realdocs")
    }

    /// A pair as its question set and question numbers: the same question of the same set in another
    /// copy of a document (the PDF and the text of one Aanhangsel) is the same pair. Without a case,
    /// the file, set and pair number.
    enum Goal: Equatable {
        case question(caseKey: String, numbers: [Int])
        case pair(file: String, set: Int, position: Int)

        init(_ hit: SearchHit) {
            if let key = hit.caseInfo?.key {
                self = .question(caseKey: key, numbers: hit.numbers)
            } else {
                self = .pair(file: (hit.file as NSString).lastPathComponent, set: hit.part, position: hit.pairPosition)
            }
        }
    }

    struct Scores {
        var reciprocalRanks = 0.0
        var found = 0
        var count = 0
        var mrr: Double { count == 0 ? 0 : reciprocalRanks / Double(count) }
        var recall: Double { count == 0 ? 0 : Double(found) / Double(count) }
        mutating func add(_ hits: [SearchHit], _ goal: Goal) {
            count += 1
            if let i = hits.prefix(10).firstIndex(where: { Goal($0) == goal }) {
                reciprocalRanks += 1 / Double(i + 1)
                found += 1
            }
        }
    }

    private func evaluate(_ items: [Item], databasePath path: String, part: String) throws {
        let finder = try SimilarQuestions(databasePath: path)
        let searcher = try Searcher(databasePath: path)
        let documents = try DocumentStore(databasePath: path)
        let cases = try CaseStore(databasePath: path)
        var similar = Scores(), search = Scores(), plainOr = Scores()
        for item in items {
            let doc = try XCTUnwrap(try documents.document(item.file, set: item.set), "\(item.file) is not in the index")
            let pair = try XCTUnwrap(doc.pairs.first { $0.position == item.pair }, "\(item.file) has no pair \(item.pair)")
            let goal: Goal = try cases.caseOf(document: doc.id).map { .question(caseKey: $0.key, numbers: pair.numbers) }
                ?? .pair(file: item.file, set: item.set, position: item.pair)
            similar.add(try finder.find(SimilarRequest(source: .text(item.text))).hits.map(\.hit), goal)
            let words = item.text.split(whereSeparator: \.isWhitespace).prefix(Self.queryWords)
            search.add((try? searcher.search(SearchRequest(query: words.joined(separator: " "))))?.hits ?? [], goal)
            plainOr.add((try? searcher.search(SearchRequest(query: words.joined(separator: " OR "))))?.hits ?? [], goal)
        }
        let table = [("similar", similar), ("search", search), ("or", plainOr)]
            .map { String(format: "%@ %@: MRR@10 %.3f, recall@10 %.3f (%d questions)", part, $0.0, $0.1.mrr, $0.1.recall, $0.1.count) }
        print(table.joined(separator: "\n"))
        for (name, other) in [("search", search), ("an OR of the words", plainOr)] {
            XCTAssertGreaterThanOrEqual(similar.mrr, other.mrr, "MRR@10 of similar below \(name):\n" + table.joined(separator: "\n"))
            XCTAssertGreaterThanOrEqual(similar.recall, other.recall, "recall@10 of similar below \(name)")
        }
    }
}

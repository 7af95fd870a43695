import Foundation
@testable import SearchIndex
import XCTest

/// `similar` over an index of the bundled `Corpus/`.
final class SimilarTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path

    static let built: Result<String, any Error> = Result {
        let dir = NSTemporaryDirectory() + "kv-similar-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/index.sqlite"
        _ = try Indexer.run(IndexRequest(databasePath: path, roots: [corpus]))
        return path
    }

    private func find(_ text: String, configure: (inout SimilarRequest) -> Void = { _ in }) throws -> SimilarResult {
        var request = SimilarRequest(source: .text(text))
        configure(&request)
        return try SimilarQuestions(databasePath: try Self.built.get()).find(request)
    }

    private func name(_ hit: SimilarHit) -> String {
        "\((hit.hit.file as NSString).lastPathComponent)#\(hit.hit.pairPosition)"
    }

    func testARewordedQuestionFindsItsPairFirst() throws {
        let result = try find("Hoeveel agenten werken er nu in de wijk, en besteden zij minstens 80 procent van hun tijd aan de wijk?")
        XCTAssertEqual(result.hits.first.map(name), "002_combined-answers.txt#1")
        XCTAssertTrue(result.hits.first!.sharedTerms.contains("wijk"), "\(result.hits.first!.sharedTerms)")
        // Most alike first, scores between 0 and 1, places numbered as search numbers them.
        let scores = result.hits.map(\.similarity)
        XCTAssertEqual(scores, scores.sorted(by: >))
        XCTAssertTrue(scores.allSatisfy { (0...1).contains($0) })
        XCTAssertEqual(result.hits.map(\.hit.rank), Array(1...result.hits.count))
        XCTAssertEqual(result.hits.map(\.hit.score), scores)
    }

    func testSharedTermsAreMarkedInTheSnippets() throws {
        let hit = try XCTUnwrap(try find("Welke munitievoorraden heeft de landmacht nog?").hits.first)
        let marked = (hit.hit.questionSnippet.matches + hit.hit.answerSnippet.matches).map { $0.lowercased() }
        XCTAssertFalse(marked.isEmpty)
        XCTAssertTrue(marked.contains { $0.hasPrefix("munitievoorraden") || $0.hasPrefix("landmacht") }, "\(marked)")
    }

    func testThePairItselfAndItsQuestionSetAreLeftOut() throws {
        let path = try Self.built.get()
        let store = try DocumentStore(databasePath: path)
        let doc = try XCTUnwrap(try store.document("002_combined-answers.txt"))
        let caseKey = try XCTUnwrap(try CaseStore(databasePath: path).caseOf(document: doc.id)).key
        var request = SimilarRequest(source: .pair(documentId: doc.id, position: 2))
        request.limit = 50
        let result = try SimilarQuestions(databasePath: path).find(request)
        XCTAssertFalse(result.hits.isEmpty)
        XCTAssertFalse(result.hits.contains { $0.hit.documentId == doc.id })
        XCTAssertFalse(result.hits.contains { $0.hit.caseInfo?.key == caseKey })
        XCTAssertFalse(result.hits.contains { $0.hit.isUnsplit })
    }

    func testAQuestionSetInSeveralDocumentsIsLeftOutWhole() throws {
        // 021 (questions), 022 (notice) and 023 (answers) are one case.
        let path = try Self.built.get()
        let doc = try XCTUnwrap(try DocumentStore(databasePath: path).document("023_zaak-antwoord-zie-ook.txt"))
        var request = SimilarRequest(source: .pair(documentId: doc.id, position: 2))
        request.limit = 100
        let files = try SimilarQuestions(databasePath: path).find(request).hits.map { ($0.hit.file as NSString).lastPathComponent }
        XCTAssertFalse(files.contains { $0.hasPrefix("021_") || $0.hasPrefix("022_") || $0.hasPrefix("023_") }, "\(files)")
    }

    func testFiltersApplyToTheCandidates() throws {
        let result = try find("Hoeveel gemeenten hebben te weinig wijkagenten of sociale huurwoningen?") { $0.filters.from = "2024-06" }
        XCTAssertFalse(result.hits.isEmpty)
        XCTAssertTrue(result.hits.allSatisfy { ($0.hit.submitted ?? $0.hit.received ?? "") >= "2024-06" })
    }

    func testPagesFollowEachOther() throws {
        let text = "Welke financiële middelen krijgen gemeenten voor woningen en wijkagenten?"
        let all = try find(text) { $0.limit = 6 }.hits.map(name)
        let second = try find(text) { $0.limit = 3; $0.offset = 3 }
        XCTAssertEqual(second.hits.map(name), Array(all.dropFirst(3)))
        XCTAssertEqual(second.hits.first?.hit.rank, 4)
    }

    func testAnEmptyTextHasNothingToCompare() throws {
        for text in ["", "   \n\t ", "… — ?!"] {
            XCTAssertThrowsError(try find(text)) { error in
                XCTAssertEqual((error as? IndexError)?.kind, .badQuery)
                XCTAssertTrue((error as? IndexError)?.message.hasPrefix("nothing to compare") == true, "\(error)")
            }
        }
    }

    func testOnlyCommonWordsHaveNothingToCompare() throws {
        // Every word of this text is in more than 10% of the Corpus's pairs: none is dropped by a list.
        XCTAssertThrowsError(try find("Bent u bekend met het bericht van de minister over de financiële gemeenten?")) { error in
            let message = (error as? IndexError)?.message ?? ""
            XCTAssertEqual((error as? IndexError)?.kind, .badQuery)
            XCTAssertTrue(message.contains("too common") && message.contains("\"bericht\""), message)
        }
        // The same furniture with one word that says what it is about is fine.
        XCTAssertFalse(try find("Bent u bekend met het bericht van de minister over de munitievoorraden?").hits.isEmpty)
    }

    func testUnknownWordsAloneHaveNothingToCompare() throws {
        XCTAssertThrowsError(try find("qwzxv plorktan")) { error in
            XCTAssertTrue(((error as? IndexError)?.message ?? "").contains("in no pair"), "\(error)")
        }
    }

    func testAnUnknownPairIsABadQuery() throws {
        XCTAssertThrowsError(try SimilarQuestions(databasePath: try Self.built.get())
            .find(SimilarRequest(source: .pair(documentId: 1, position: 999)))) { error in
            XCTAssertEqual((error as? IndexError)?.kind, .badQuery)
        }
    }

    func testALongTextIsCutToItsFirstWords() throws {
        let words = Array(repeating: "wijkagenten gemeenten politie inwoners", count: 400).joined(separator: " ")
        let result = try find(words) { $0.maxWords = 1000 }
        XCTAssertEqual(result.words, 1000)
        XCTAssertEqual(result.wordsLeftOut, 600)
        XCTAssertFalse(result.hits.isEmpty)
        XCTAssertEqual(try find("wijkagenten politie").wordsLeftOut, 0)
    }

    func testFirstWordsCountsWordsNotCharacters() {
        XCTAssertEqual(SimilarQuestions.firstWords("a  b\nc d", 2).text, "a  b\n")
        XCTAssertEqual(SimilarQuestions.firstWords("a  b\nc d", 2).leftOut, 2)
        XCTAssertEqual(SimilarQuestions.firstWords(" a b ", 5).leftOut, 0)
    }

    func testTheTermsAreTheIndexsStemsAndParts() throws {
        let searcher = try Searcher(databasePath: try Self.built.get())
        var terms = TextTerms(tokenizer: try searcher.analysisTokenizer())
        try terms.add("Moties over kinderbeschermingsmaatregelen en de motie")
        XCTAssertEqual(terms.counts["motie"], 2)
        XCTAssertEqual(terms.written["motie"], "Moties")
        XCTAssertEqual(terms.words, 6)
        // A compound's parts count half.
        XCTAssertEqual(terms.counts["maatregel"], TextTerms.partWeight)
    }
}

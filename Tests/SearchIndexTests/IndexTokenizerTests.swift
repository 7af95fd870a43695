import DutchText
import GRDB
@testable import SearchIndex
import XCTest

/// `IndexTokenizer` must emit exactly the terms of `DutchTokenizer` (it only swaps the -ies lexicon).
final class IndexTokenizerTests: XCTestCase {
    private func tokenizer(_ register: @escaping @Sendable (Database) -> Void) throws -> (DatabaseQueue, any FTS5Tokenizer) {
        var config = Configuration()
        config.prepareDatabase { register($0) }
        let queue = try DatabaseQueue(configuration: config)
        let tokenizer = try queue.inDatabase { try $0.makeTokenizer(FTS5TokenizerDescriptor(components: ["kamervragen_dutch"])) }
        return (queue, tokenizer)
    }

    func testSameTermsAsDutchTokenizer() throws {
        let (q1, ours) = try tokenizer { IndexAnalyzer.register(in: $0) }
        let (q2, theirs) = try tokenizer { DutchTokenizer.register(in: $0) }
        let texts = [
            "De moties en commissies over categorieën, series, ambities en studies van de gemeenten.",
            "Motie Becker c.s. over de Coördinator; financiële middelen voor 150 gemeenten (F-35, 's-Gravenhage).",
            "POLITIES ENERGIES industries koloniës bacteriës calorieën knieën species",
        ]
        for text in texts {
            XCTAssertEqual(try ours.tokenize(document: text).map { "\($0.token)|\($0.flags.rawValue)" },
                           try theirs.tokenize(document: text).map { "\($0.token)|\($0.flags.rawValue)" }, text)
            for word in text.split(separator: " ") {
                let quoted = FTS5Term.quoted(String(word), exact: false)
                XCTAssertEqual(try ours.tokenize(query: quoted).map { "\($0.token)|\($0.flags.rawValue)" },
                               try theirs.tokenize(query: quoted).map { "\($0.token)|\($0.flags.rawValue)" }, quoted)
            }
        }
        withExtendedLifetime((q1, q2)) {}
    }

    func testIeWordsAreTheFoldedIeWordsOfTheList() {
        let lexicon = IeWords.lexicon
        guard Lexicon.shared.count > 0 else { return XCTAssertEqual(lexicon.count, 0) }
        for word in ["motie", "commissie", "categorie", "ambitie", "studie"] {
            XCTAssertEqual(lexicon.containsFolded(word), Lexicon.shared.containsFolded(word), word)
        }
        XCTAssertFalse(lexicon.containsFolded("gemeente"))
        XCTAssertGreaterThan(lexicon.count, 1_000)
    }
}

import Foundation
import XCTest
@testable import DutchText

/// Porter's Dutch stemmer (our Swift implementation) in the analysis chain, against Snowball's `dutch_porter` oracle.
final class AnalysisPorterTests: XCTestCase {
    /// 50 pairs from Snowball's `dutch_porter` vocabulary/output (BSD-3), so something runs everywhere.
    static let sample: [(String, String)] = [
        ("koperdraad", "koperdrad"), ("doordringen", "doordring"), ("monsteranaylse", "monsteranayl"),
        ("vergoeden", "vergoed"), ("baggeraars", "baggerar"), ("beschermend", "bescherm"),
        ("satellietbeelden", "satellietbeeld"), ("bloot", "blot"), ("materiaalkeuze", "materiaalkeuz"),
        ("strekken", "strek"), ("begroeten", "begroet"), ("rapporten", "rapport"), ("geleidende", "geleid"),
        ("amsterdamse", "amsterdam"), ("bijbelse", "bijbel"), ("onmenselijk", "onmens"),
        ("olieschoonmaak", "olieschoonmak"), ("beredeneren", "beredener"), ("grelle", "grell"),
        ("bitterheden", "bitter"), ("singapore", "singapor"), ("onbewegelijk", "onbeweg"),
        ("beheersaspecten", "beheersaspect"), ("sponzen", "sponz"), ("compostmachine", "compostmachin"),
        ("gerrits", "gerrit"), ("uitverkoop", "uitverkop"), ("uitmaken", "uitmak"), ("strenge", "streng"),
        ("bekwaamheid", "bekwam"), ("stive", "stiv"), ("structurerende", "structurer"),
        ("motorzijde", "motorzijd"), ("bammens", "bammen"), ("geotextielen", "geotextiel"),
        ("autosloperijen", "autosloperij"), ("verdicht", "verdicht"), ("doutriaux", "doutriaux"),
        ("koolzaadolie", "koolzaadolie"), ("policy", "policy"), ("eenhoorn", "eenhoorn"),
        ("uitgeput", "uitgeput"), ("deftig", "deftig"), ("verwerkingstarief", "verwerkingstarief"),
        ("geïnformeerd", "geinformeerd"), ("pariëren", "parier"), ("thüringen", "thuring"), ("één", "een"),
        ("chemicaliëncontainers", "chemicaliencontainer"), ("poriën", "porien"),
    ]

    func testStemmerIsPorterAndSaysWhichAlgorithm() throws {
        let stemmer = try PorterStemmer()
        XCTAssertEqual(stemmer.algorithm, "dutch_porter")
        // Kraaij-Pohlmann would give `mini` and `meen`.
        XCTAssertEqual(stemmer.stem("minister"), "minister")
        XCTAssertEqual(stemmer.stem("mening"), "mening")
        XCTAssertEqual(stemmer.stem("gemeenten"), "gemeent")
    }

    func testRefusesAStemmerThatIsNotPorter() {
        // Kraaij-Pohlmann stems `minister` → `mini` and `mening` → `meen`: the start-up probes refuse it.
        let kraaijPohlmann: (String) -> String = { ["minister": "mini", "mening": "meen"][$0] ?? SnowballDutchStemmer.stem($0) }
        XCTAssertThrowsError(try PorterStemmer(checking: kraaijPohlmann)) { error in
            guard case PorterStemmer.Failure.notPorter(let got)? = error as? PorterStemmer.Failure else {
                return XCTFail("expected notPorter, got \(error)")
            }
            XCTAssertEqual(got["minister"], "mini")
        }
        XCTAssertNoThrow(try PorterStemmer(checking: SnowballDutchStemmer.stem))
    }

    func testSampleStemsAsTheOracle() throws {
        let stemmer = try PorterStemmer()
        for (word, stem) in Self.sample {
            XCTAssertEqual(stemmer.stem(word), stem, word)
        }
    }

    func testShortcutSkipsOnlyWordsPorterLeaves() throws {
        let stemmer = try PorterStemmer()
        func skips(_ w: String) -> Bool { Array(w.utf8).withUnsafeBufferPointer(PorterShortcut.leavesUnchanged) }
        for w in ["de", "het", "een", "rapport", "politie", "minister"] + ["bedrijf", "beleid", "wel"] where skips(w) {
            XCTAssertEqual(stemmer.stem(w), w, w)
        }
        XCTAssertTrue(skips("het"))
        XCTAssertTrue(skips("rapport"))
        XCTAssertTrue(skips("politie") == false, "ends in -e")
        for w in ["maal", "kooy", "gemeenten", "radicalisering", "mogelijk", "vraag", "één", "cafe\u{301}"] {
            XCTAssertFalse(skips(w), w)
        }
    }

    func testEmptyWord() throws {
        XCTAssertEqual(try PorterStemmer().stem(""), "")
    }

    /// The whole Snowball vocabulary, when the shared oracles are at hand.
    func testFullOracle() throws {
        guard let dir = Self.oracleDirectory() else {
            throw XCTSkip("Snowball oracle not found: set KAMERVRAGEN_ORACLES or place ../shared/oracles")
        }
        let words = try String(contentsOf: dir.appendingPathComponent("snowball-dutch-voc.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let stems = try String(contentsOf: dir.appendingPathComponent("snowball-dutch_porter-output.txt"),
                               encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(words.count, stems.count)
        let stemmer = try PorterStemmer()
        let chain = try DutchAnalyzer()
        var rawMismatches: [String] = []
        var chainDiffers = 0
        var shortcutMismatches: [String] = []
        var count = 0
        for (word, stem) in zip(words, stems) where !word.isEmpty {
            count += 1
            let got = stemmer.stem(word)
            if got != stem { rawMismatches.append("\(word): \(got) != \(stem)") }
            if stem != word, Array(word.utf8).withUnsafeBufferPointer(PorterShortcut.leavesUnchanged) {
                shortcutMismatches.append("\(word) → \(stem), but the shortcut skips it")
            }
            if chain.stem(word) != stem { chainDiffers += 1 }
        }
        XCTAssertEqual(count, 45_670)
        XCTAssertEqual(rawMismatches.count, 0, rawMismatches.prefix(20).joined(separator: "\n"))
        XCTAssertEqual(shortcutMismatches, [])
        print("Snowball oracle: \(count) words, raw Porter mismatches \(rawMismatches.count); "
              + "with -ies rule and overrides, \(chainDiffers) differ (lexicon \(IeWordList.shared.identity))")
    }

    static func oracleDirectory() -> URL? {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["KAMERVRAGEN_ORACLES"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        // Package root = three levels up from this file (Tests/DutchTextTests/…).
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent("../shared/oracles").standardizedFileURL)
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("snowball-dutch-voc.txt").path)
        }
    }
}

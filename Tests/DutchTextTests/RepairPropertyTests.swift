import XCTest
@testable import DutchText

/// Seeded random text: repair never crashes, stays in bounds, and is idempotent where it should be.
final class RepairPropertyTests: XCTestCase {
    /// SplitMix64: tiny, deterministic.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let pieces: [String] = [
        "problema-", "tiek", "Noord-", "Holland", "\n", "\n\n", " ", "  ", "\u{AD}", "\u{AD}\n", "-", "-\n", "?1", "1",
        "2 3", "ﬁ", "ĳ", "\u{00A0}", "\u{200B}", "\r\n", "\r", "\u{0C}", "e\u{0308}", "¹", "[1 ]", "Vraag 1", "Antwoord 2",
        "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1", "ah-tk-20242025-1", "ISSN 0921 - 7398", "Kamer", "€",
        "😀", "\u{0}", "\t", "a", "Z", "2019Z13494", "COVID-19", "en", "of", "(", ")", "«", "»", ".", "land-", "co-", "ordinator",
    ]

    func randomText(_ rng: inout SplitMix64) -> String {
        var s = ""
        for _ in 0..<rng.below(60) { s += Self.pieces[rng.below(Self.pieces.count)] }
        return s
    }

    func testCharacterCleanupIsIdempotentAndNeverLeavesOddCharacters() {
        var rng = SplitMix64(state: 20_241_129)
        for _ in 0..<2000 {
            let t = randomText(&rng)
            let once = CharacterCleanup.clean(t)
            XCTAssertEqual(CharacterCleanup.clean(once), once)
            XCTAssertFalse(once.contains("\r"))
            XCTAssertFalse(once.unicodeScalars.contains { [0xFB01, 0x0133, 0x00A0, 0x200B].contains($0.value) })
        }
    }

    func testDehyphenationNeverCrashesAndKeepsLineCount() {
        var rng = SplitMix64(state: 7)
        let d = Dehyphenator()
        for _ in 0..<2000 {
            let lines = CharacterCleanup.clean(randomText(&rng)).components(separatedBy: "\n")
            let out = d.apply(lines: lines)
            XCTAssertEqual(out.count, lines.count)
            // No soft hyphen survives at a line end that had a word to join.
            let letters = out.joined().filter { $0.isLetter }.count
            XCTAssertLessThanOrEqual(letters, lines.joined().filter { $0.isLetter }.count + 1)
        }
    }

    func testFurnitureAndMarkersNeverCrashAndStripIsIdempotent() {
        var rng = SplitMix64(state: 42)
        for _ in 0..<2000 {
            let t = CharacterCleanup.clean(randomText(&rng))
            for line in t.components(separatedBy: "\n") {
                _ = PageFurniture.classify(line)
                _ = PageFurniture.bareNumbers(line)
                let once = FootnoteMarkers.strip(line, numbers: [1, 2, 3], isWord: { $0.count > 2 })
                XCTAssertEqual(FootnoteMarkers.strip(once, numbers: [1, 2, 3], isWord: { $0.count > 2 }), once, line)
            }
        }
    }
}

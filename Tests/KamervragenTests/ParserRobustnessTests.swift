import XCTest
@testable import Kamervragen

/// Seeded random documents assembled from real-looking pieces: the parser never crashes, every
/// question/answer text is trimmed, and parsing is deterministic.
final class ParserRobustnessTests: XCTestCase {
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

    static let pieces = [
        "Vragen van het lid Jansen (VVD) aan de Minister van X over Y (ingezonden 3 mei 2020).", "Antwoord van Minister Z (X)",
        "(ontvangen 4 juni 2020).", "Vraag 1", "Vraag 2 en 3", "Antwoord 1", "Antwoord 2 t/m 4", "Antwoord:", "1.", "2 en 3.",
        "1Is het", "Is het waar?1", "Ja.", "Mededeling", "Toelichting:", "ANTWOORD van de heer A, Minister van B.", "1 https://x.nl",
        "2", "1 2", "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1", "ah-tk-20242025-1", "\u{0C}", "", "problema-", "tiek",
        "a. b. c.", "<div class=\"vraag\">", "</div>", "&amp;", "Ad vraag 1.", "4I", "s er", "' Nedergelegd.", "Vraag", "Antwoord",
        "De kosten zijn € 2,5 miljoen. 3 Het is zo.", "(ingezonden", "Zo ja, welke?", "VRAGEN van de heren A (B) en C (D)",
    ]

    func testRandomDocumentsNeverCrash() {
        var rng = SplitMix64(state: 1_234_567)
        for _ in 0..<400 {
            var lines: [String] = []
            for _ in 0..<rng.below(40) { lines.append(Self.pieces[rng.below(Self.pieces.count)]) }
            let text = lines.joined(separator: rng.below(4) == 0 ? " " : "\n")
            let d = TestSupport.parse(text)
            XCTAssertEqual(d, TestSupport.parse(text))
            for q in d.questions { XCTAssertEqual(q.text, q.text.trimmingCharacters(in: .whitespacesAndNewlines)) }
            for a in d.answers { XCTAssertEqual(a.text, a.text.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if d.kind == .notice { XCTAssertEqual(d.answers, []) }
            _ = d.pairs
        }
    }
}

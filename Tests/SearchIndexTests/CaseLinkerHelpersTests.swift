import Foundation
@testable import SearchIndex
import XCTest

/// The fast paths of ``CaseLinker``'s helpers against the plain definitions they replace, on seeded
/// random input.
final class CaseLinkerHelpersTests: XCTestCase {
    /// The definition before the ASCII fast path.
    private func reference(_ title: String) -> String {
        String(title.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    private typealias Generator = TokenizerRobustnessTests.SplitMix64

    func testNormalisedTitleMatchesDefinition() {
        var rng = Generator(state: 42)
        let pieces: [String] = ["Vragen", " over ", "de ", "ÉÉN", "café", "Ĳssel", "e\u{301}", "2024", "–", "-", ",", "ß",
                                "İ", "ǅ", "\u{345}", "ª", "½", "٣", "Ⅻ", "𝔄", "👍🏽", "\t", "Z", "ä", "\u{0}", "'s-Hertogenbosch"]
        for _ in 0..<20_000 {
            var title = ""
            for _ in 0..<Int.random(in: 0...8, using: &rng) {
                if Bool.random(using: &rng) {
                    title += pieces.randomElement(using: &rng)!
                } else {
                    title.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0...127, using: &rng)))
                }
            }
            let got = CaseLinker.normalisedTitle(title), want = reference(title)
            XCTAssertEqual(Array(got.utf8), Array(want.utf8), title)
        }
        // A bridged string without contiguous UTF-8 takes the general path.
        let bridged = NSString(string: "Vragen over de Café 2024").description
        XCTAssertEqual(CaseLinker.normalisedTitle(bridged), reference(bridged))
    }

    func testBlobRoundTripAndLayout() {
        var rng = Generator(state: 7)
        for count in [0, 1, 2, 5, 100, 1000] {
            let values = (0..<count).map { _ in UInt32.random(in: .min ... .max, using: &rng) }
            let data = CaseLinker.blob(values)
            var expected = Data()
            for v in values { withUnsafeBytes(of: v.littleEndian) { expected.append(contentsOf: $0) } }
            XCTAssertEqual(data, expected)
            XCTAssertEqual(CaseLinker.unblob(data), values)
            // A slice that does not start at index 0.
            let shifted = (Data([9]) + data).dropFirst()
            XCTAssertEqual(CaseLinker.unblob(shifted), values)
        }
        XCTAssertEqual(CaseLinker.unblob(Data([1, 2, 3])), [])
        XCTAssertEqual(CaseLinker.unblob(nil), [])
    }
}

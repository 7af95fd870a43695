import Foundation
import XCTest
@testable import DutchText

/// The pure-Swift Porter Dutch stemmer against Snowball's `dutch_porter` oracle.
final class SnowballDutchStemmerTests: XCTestCase {
    /// Pairs from Snowball's `dutch_porter` vocabulary/output (BSD-3), grouped by the step they exercise.
    static let sample: [(String, String)] = [
        // Step 1: heden → heid (then 3a may take heid), en / ene after a valid en-ending, undoubling.
        ("eenheden", "eenheid"), ("mogelijkheden", "mogelijk"), ("verliefdheden", "verliefd"),
        ("kinderen", "kinder"), ("lijnen", "lijn"), ("bene", "ben"), ("gemene", "gemen"), ("ogen", "ogen"),
        ("katten", "kat"), ("bedden", "bed"), ("steenblokken", "steenblok"),
        // Step 1: s / se after a valid s-ending (not a vowel, not j).
        ("dochters", "dochter"), ("tussentijdse", "tussentijd"), ("zoals", "zoal"), ("huisjes", "huisjes"),
        ("ministeries", "ministeries"), ("plaats", "plat"),
        // Step 2: e after a non-vowel, then undoubling; step 3a: heid (not after c).
        ("vrede", "vred"), ("witte", "wit"), ("salonkomedie", "salonkomedie"), ("gelijkmatigheid", "gelijkmat"),
        ("afscheid", "afscheid"),
        // Step 3b: end / ing (then ig or undoubling), ig, lijk, baar, bar (only after step 2 removed an e).
        ("doordringend", "doordring"), ("verdediging", "verded"), ("bestellingen", "bestell"),
        ("gelukkig", "gelukk"), ("gierig", "gierig"), ("inzichtelijk", "inzicht"), ("mogelijk", "mogelijk"),
        ("onafhankelijke", "onafhank"), ("aanvaardbaar", "aanvaard"), ("dankbaar", "dankbar"),
        ("betaalbaar", "betal"), ("haalbaarheids", "haalbar"), ("snackbar", "snackbar"),
        // Step 4: undoubling a vowel (…CVVD → …CVD).
        ("vraag", "vrag"), ("orgaan", "organ"), ("hierdoor", "hierdor"), ("meteoor", "meteoor"),
        // Prelude markers: i between vowels → I, y after a vowel → Y (both then count as non-vowels).
        ("mooie", "mooi"), ("bloeien", "bloei"), ("faye", "fay"), ("kayen", "kay"), ("iets", "iet"),
        ("yerseke", "yersek"),
        // Prelude accents: umlauts and acutes go, è (a vowel) and other accents stay.
        ("café", "caf"), ("ruïne", "ruin"), ("financiële", "financiel"), ("naïeve", "naiev"),
        ("münchen", "munch"), ("coördineert", "coordineert"), ("méér", "mer"), ("dáár", "dar"),
        ("zeehondencrèche", "zeehondencrèch"), ("enquête", "enquêt"), ("á", "a"), ("à", "à"),
    ]

    /// Not in the oracle; these are Snowball 3.x `dutch_porter` results. R1 is at least 3 *letters*
    /// (libstemmer 2.x counted bytes, so it gave `ès` for `èse`).
    static let beyondOracle: [(String, String)] = [
        ("ayo", "ayo"), ("èse", "èse"), ("çase", "ças"), ("aiaiaing", "aiaia"), ("", ""), ("a", "a"),
    ]

    private static func byteStem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            SnowballDutchStemmer.withStem(of: bytes) { String(decoding: $0, as: UTF8.self) }
        }
    }

    func testSampleFromTheOracle() {
        for (word, stem) in Self.sample + Self.beyondOracle {
            XCTAssertEqual(SnowballDutchStemmer.stem(word), stem, word)
        }
    }

    func testByteAndStringAPIsAgree() {
        for (word, _) in Self.sample + Self.beyondOracle {
            XCTAssertEqual(Self.byteStem(word), SnowballDutchStemmer.stem(word), word)
        }
        // Invalid UTF-8 passes through as non-vowel bytes; long words take the same path.
        let invalid: [UInt8] = [0x6B, 0xFF, 0x61, 0x74, 0x74, 0x65, 0x6E]  // k, a stray 0xFF, "atten"
        let stem = invalid.withUnsafeBufferPointer { SnowballDutchStemmer.withStem(of: $0) { Array($0) } }
        XCTAssertEqual(stem, [0x6B, 0xFF, 0x61, 0x74])
        let long = String(repeating: "verantwoordelijkheid", count: 20) + "en"
        XCTAssertEqual(Self.byteStem(long), SnowballDutchStemmer.stem(long))
    }

    /// The whole Snowball vocabulary, from `$KAMERVRAGEN_ORACLES` (skipped when that is not set).
    func testWholeOracle() throws {
        guard let dir = ProcessInfo.processInfo.environment["KAMERVRAGEN_ORACLES"], !dir.isEmpty else {
            throw XCTSkip("KAMERVRAGEN_ORACLES is not set")
        }
        let vocURL = URL(fileURLWithPath: dir).appendingPathComponent("snowball-dutch-voc.txt")
        let outURL = URL(fileURLWithPath: dir).appendingPathComponent("snowball-dutch_porter-output.txt")
        guard FileManager.default.fileExists(atPath: vocURL.path),
              FileManager.default.fileExists(atPath: outURL.path) else {
            throw XCTSkip("the Snowball dutch_porter oracle is not in \(dir)")
        }
        func lines(_ url: URL) throws -> [Substring] {
            var lines = try String(contentsOf: url, encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
        let words = try lines(vocURL), stems = try lines(outURL)
        XCTAssertEqual(words.count, stems.count, "oracle files are not line-aligned")
        XCTAssertGreaterThan(words.count, 40_000)
        var mismatches: [String] = [], count = 0
        for (word, expected) in zip(words, stems) {
            let bytes = Self.byteStem(String(word)), string = SnowballDutchStemmer.stem(String(word))
            if bytes != expected || string != expected {
                count += 1
                if mismatches.count < 10 { mismatches.append("\(word): \(string) / \(bytes), want \(expected)") }
            }
        }
        XCTAssertEqual(count, 0, "mismatches (first \(mismatches.count)): \(mismatches.joined(separator: "; "))")
    }
}

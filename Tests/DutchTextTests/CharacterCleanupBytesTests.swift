import XCTest
@testable import DutchText

/// ``CharacterCleanup/cleanBytes(_:)`` (one pass, unchanged runs copied whole, unchanged text returned
/// as it is) answers exactly as the two-pass byte version it replaced (kept here as the reference), on
/// seeded random text full of the bytes it maps, removes or keeps.
final class CharacterCleanupBytesTests: XCTestCase {
    typealias RNG = RepairPropertyTests.SplitMix64

    static let pieces: [String] = [
        "Kamer", "a", "Z", "1", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0C}", "\u{0B}", "\u{1}", "\u{0}", "\u{7F}", "\u{1F}",
        "\u{00A0}", "\u{00AD}", "\u{00AD}\n", "\u{00AD} \u{00A0}\n", "\u{00AD}\t\r", "\u{0085}", "\u{009F}", "é", "ë", "ß", "ÿ",
        "Ĳ", "ĳ", "Ł", "ȿ", "\u{2000}", "\u{200A}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2010}", "\u{2011}", "–", "—", "’",
        "”", "…", "\u{202F}", "\u{205F}", "\u{2060}", "€", "\u{20BF}", "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ", "ﬅ", "ﬆ", "\u{FEFF}",
        // Not for the byte path: the answer is nil, as before.
        "\u{0301}", "Ω", "한", "😀", "\u{FB07}", "\u{FEFE}", "\u{2100}",
    ]

    func testOnePassAgreesWithTwoPasses() {
        var rng = RNG(state: 20_261_206)
        var unchanged = 0, changed = 0
        for round in 0..<30_000 {
            var t = ""
            // Most texts from the byte-path pieces only; some with a piece the path declines.
            let count = round % 7 == 0 ? CharacterCleanupBytesTests.pieces.count : CharacterCleanupBytesTests.pieces.count - 7
            for _ in 0..<rng.below(30) { t += Self.pieces[rng.below(count)] }
            let got = CharacterCleanup.cleanBytes(t)
            XCTAssertEqual(got, Self.referenceCleanBytes(t), t.debugDescription)
            if let got { if got == t { unchanged += 1 } else { changed += 1 } }
        }
        XCTAssertGreaterThan(unchanged, 500)
        XCTAssertGreaterThan(changed, 10_000)
    }

    /// ``CharacterCleanup/cleanBytes(_:)`` as it was: a validating pass, then every byte appended.
    static func referenceCleanBytes(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { b -> String? in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                if c >= 0xC2 && c <= 0xC8 { i += 2; continue }
                if c == 0xE2, i + 1 < n, b[i + 1] >= 0x80, b[i + 1] <= 0x82 { i += 3; continue }
                if c == 0xEF, i + 2 < n, (b[i + 1] == 0xAC && b[i + 2] <= 0x86) || (b[i + 1] == 0xBB && b[i + 2] == 0xBF) { i += 3; continue }
                return nil
            }
            var out: [UInt8] = []
            out.reserveCapacity(n)
            /// Whether only spaces, tabs and NBSPs follow byte `j` before the end of its line.
            func atLineEnd(_ j: Int) -> Bool {
                var k = j
                while k < n {
                    switch b[k] {
                    case 0x20, 0x09: k += 1
                    case 0xC2 where k + 1 < n && b[k + 1] == 0xA0: k += 2
                    case 0x0A, 0x0D, 0x0C: return true
                    default: return false
                    }
                }
                return true
            }
            func ascii(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
            i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    switch c {
                    case 0x0D:
                        out.append(0x0A)
                        if i + 1 < n, b[i + 1] == 0x0A { i += 1 }
                    case 0x0A, 0x0C: out.append(c)
                    case 0x09, 0x0B: out.append(0x20)
                    case 0x00...0x1F, 0x7F: out.append(0x20)
                    default: out.append(c)
                    }
                    i += 1
                } else if c < 0xE0 {
                    let d = b[i + 1]
                    if c == 0xC2 && d == 0xA0 { out.append(0x20) }
                    else if c == 0xC2 && d == 0xAD { if atLineEnd(i + 2) { out.append(c); out.append(d) } }
                    else if c == 0xC2 && d <= 0x9F { out.append(0x20) }
                    else if c == 0xC4 && d == 0xB2 { ascii("IJ") }
                    else if c == 0xC4 && d == 0xB3 { ascii("ij") }
                    else { out.append(c); out.append(d) }
                    i += 2
                } else {
                    let d = b[i + 1], e = b[i + 2]
                    if c == 0xE2 && d == 0x80 {
                        switch e {
                        case 0x80...0x8A, 0xAF: out.append(0x20)
                        case 0x8B, 0x8C, 0x8D: break
                        case 0x90, 0x91: out.append(0x2D)
                        default: out.append(c); out.append(d); out.append(e)
                        }
                    } else if c == 0xE2 && d == 0x81 && e == 0x9F {
                        out.append(0x20)
                    } else if c == 0xE2 && d == 0x81 && e == 0xA0 {
                        // U+2060 word joiner: removed.
                    } else if c == 0xEF && d == 0xBB {
                        // U+FEFF: removed.
                    } else if c == 0xEF && d == 0xAC {
                        switch e {
                        case 0x80: ascii("ff")
                        case 0x81: ascii("fi")
                        case 0x82: ascii("fl")
                        case 0x83: ascii("ffi")
                        case 0x84: ascii("ffl")
                        default: ascii("st")
                        }
                    } else {
                        out.append(c); out.append(d); out.append(e)
                    }
                    i += 3
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

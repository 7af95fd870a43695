import XCTest
@testable import Kamervragen

/// Identifier finding answers as the former scan (kept below), on seeded random texts full of
/// near-identifiers (broken dashes, short years, glued letters, line starts, CR, text beyond ASCII).
final class IdentifiersFastPathTests: XCTestCase {
    typealias RNG = ParserRobustnessTests.SplitMix64

    static let pieces = ["ah-tk-", "kv-tk-", "ah-ek-", "ah-", "kv", "a", "k", "h", "v", "-", "20242025", "-594", "2024",
                         "2024Z", "Z", "D", "18659", "1865", " ", "\n", "\r\n", "AH ", "AH", "617", "A", "x", "é", "–",
                         "2022D31072", "ID-", "Z 17972", "0", "99999", "\u{0301}", "kv-tk-2024Z18659",
                         "de minister heeft ", "over het beleid van ", "in 2024 en 2025 ", "vragen van het lid "]

    func testFindAnswersAsTheFormerScan() {
        var rng = RNG(state: 4242)
        var found = 0
        for _ in 0..<20_000 {
            var s = ""
            for _ in 0..<rng.below(30) { s += Self.pieces[rng.below(Self.pieces.count)] }
            let ids = Identifiers.find(in: s)
            if !ids.isEmpty { found += 1 }
            XCTAssertEqual(ids, Self.referenceFind(in: s), s.debugDescription)
        }
        XCTAssertGreaterThan(found, 5_000)
    }

    /// The scan before it skipped to anchor bytes and tested them first.
    static func referenceFind(in text: String) -> [String] {
        let b = Array(text.utf8)
        var out: [String] = []
        var seen = Set<String>()
        func add(_ s: String) { if seen.insert(s).inserted { out.append(s) } }
        func isAlnum(_ i: Int) -> Bool {
            guard i >= 0, i < b.count else { return false }
            let c = b[i]
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        }
        func digits(_ i: Int, _ n: Int) -> Bool {
            guard i + n <= b.count else { return false }
            for k in i..<(i + n) where !(b[k] >= 0x30 && b[k] <= 0x39) { return false }
            return true
        }
        var i = 0
        while i < b.count {
            // Each pattern below starts with `a`, `k`, a digit or `A`: skip any other byte at once.
            switch b[i] {
            case 0x61, 0x6B, 0x30...0x39, 0x41: break
            default: i += 1; continue
            }
            // ah-tk- / kv-tk- / ah-ek-
            if i + 6 <= b.count, !isAlnum(i - 1), (b[i] == 0x61 && b[i + 1] == 0x68) || (b[i] == 0x6B && b[i + 1] == 0x76),
               b[i + 2] == 0x2D, b[i + 5] == 0x2D {
                var j = i + 6
                while j < b.count, isAlnum(j) || (b[j] == 0x2D && isAlnum(j + 1)) { j += 1 }
                if j > i + 7 { add(String(decoding: b[i..<j], as: UTF8.self)); i = j; continue }
            }
            // 2024Z18294, 2024Z 17972, 2022D31072
            if !isAlnum(i - 1), digits(i, 4), i + 4 < b.count, b[i + 4] == 0x5A || b[i + 4] == 0x44 {
                var j = i + 5
                if j < b.count, b[j] == 0x20 { j += 1 }
                if digits(j, 5), !isAlnum(j + 5) {
                    add(String(decoding: b[i..<(i + 5)], as: UTF8.self) + String(decoding: b[j..<(j + 5)], as: UTF8.self))
                    i = j + 5; continue
                }
            }
            // AH 617 (Word-file header, at a line start)
            if (i == 0 || b[i - 1] == 0x0A), i + 3 < b.count, b[i] == 0x41, b[i + 1] == 0x48, b[i + 2] == 0x20 {
                var j = i + 3
                while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
                if j > i + 3, j == b.count || b[j] == 0x0A || b[j] == 0x20 || b[j] == 0x0D {
                    add("AH" + String(decoding: b[(i + 3)..<j], as: UTF8.self)); i = j; continue
                }
            }
            i += 1
        }
        return out
    }
}

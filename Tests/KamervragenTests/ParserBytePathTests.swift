import Foundation
import XCTest
@testable import Kamervragen

/// The parser's byte paths of round 3 (header intros, asker lists, date tokens, case signature keys,
/// SHA-256) answer as the code they replace, on seeded random texts.
final class ParserBytePathTests: XCTestCase {
    typealias RNG = ParserRobustnessTests.SplitMix64

    static let pieces = HeaderBytePathTests.pieces + [
        "Vragen van ", "VRAAG VAN ", "vraag van ", "vragen  van ", "Antwoord van ", "ANTWOORD VAN ", "Mededeling van ",
        "mededeling van", "het lid ", "de leden ", "mevrouw ", " aan de ", " over ", " inzake ", ", ", " en ", "(VVD)",
        "(beiden CDA)", "(ingezonden", "(Ingezonden", ".) ", ". (", " aan\n", "Jansen", "Öztürk", "\u{212A}", "K", "k",
        "27", "3", "2019", "juni", "okt.", "27-6-2019", "1/2/2020", "17februari", "-", "/", "x.", "\u{0301}", "ẞ", "Σ",
    ]

    static func randomText(_ rng: inout RNG, asciiOnly: Bool, length: Int = 24) -> String {
        var s = ""
        for _ in 0..<rng.below(length) {
            let p = pieces[rng.below(pieces.count)]
            if !asciiOnly || p.utf8.allSatisfy({ $0 < 0x80 }) { s += p }
        }
        return s
    }

    /// An index as a UTF-8 offset (nil stays nil), to compare positions found by either path.
    private func offset(_ i: String.Index?, in s: String) -> Int? {
        i.map { s.utf8.distance(from: s.utf8.startIndex, to: $0) }
    }

    func testIntrosFoundAsInTheLowercasedText() {
        var rng = RNG(state: 31_337)
        var found = 0
        for _ in 0..<20_000 {
            let s = Self.randomText(&rng, asciiOnly: rng.below(2) == 0)
            let asker = HeaderParser.slowAskerIntroEnd(s)
            if asker != nil { found += 1 }
            XCTAssertEqual(offset(HeaderParser.askerIntroEnd(s), in: s), offset(asker, in: s), s.debugDescription)
            XCTAssertEqual(offset(HeaderParser.answererIntroEnd(s), in: s),
                           offset(HeaderParser.slowAnswererIntroEnd(s), in: s), s.debugDescription)
        }
        XCTAssertGreaterThan(found, 3_000)
    }

    func testAnswererSplitAsFoundation() {
        var rng = RNG(state: 8_080)
        var split = 0
        for _ in 0..<20_000 {
            var s = Self.randomText(&rng, asciiOnly: rng.below(2) == 0, length: 10)
            if rng.below(2) == 0 { s += [", en ", " en de heer ", ", en", " en de heer\u{301}"][rng.below(4)] + Self.randomText(&rng, asciiOnly: false, length: 4) }
            for sep in [", en ", " en de heer "] {
                let expected = s.components(separatedBy: sep)
                if expected.count > 1 { split += 1 }
                XCTAssertEqual(HeaderParser.components(s, separatedBy: sep).map { Array($0.utf8) }, expected.map { Array($0.utf8) },
                               s.debugDescription)
            }
        }
        XCTAssertGreaterThan(split, 3_000)
    }

    func testHeaderLineKindAsFoundation() {
        var rng = RNG(state: 1_991)
        var hits = 0
        for _ in 0..<20_000 {
            let s = Self.randomText(&rng, asciiOnly: rng.below(2) == 0, length: 10)
                + ["", "ingezonden", "ONTVANGEN", "Vragen van", "vraag  van", "Antwoord van", "\u{0130}ngezonden"][rng.below(7)]
                + Self.randomText(&rng, asciiOnly: false, length: 4)
            let seg = Segmenter(text: s)
            let fast = seg.headerLineKind(0..<seg.bytes.count), slow = seg.slowHeaderLineKind(0..<seg.bytes.count)
            if slow.dated || slow.clause { hits += 1 }
            XCTAssertTrue(fast == slow, s.debugDescription)
        }
        XCTAssertGreaterThan(hits, 5_000)
    }

    func testAskerListSplitAsOnCharacters() {
        var rng = RNG(state: 4_242)
        for _ in 0..<20_000 {
            let s = Self.randomText(&rng, asciiOnly: rng.below(2) == 0)
            XCTAssertEqual(HeaderParser.askerItems(s).map { Array($0.utf8) }, HeaderParser.slowAskerItems(s).map { Array($0.utf8) },
                           s.debugDescription)
            let sub = s.dropFirst(min(2, s.count))
            XCTAssertEqual(offset(HeaderParser.askerListEnd(sub), in: s), offset(HeaderParser.slowAskerListEnd(sub), in: s),
                           s.debugDescription)
        }
    }

    func testDateTokensAsOnCharacters() {
        var rng = RNG(state: 2_019)
        var taken = 0
        for _ in 0..<20_000 {
            let s = Self.randomText(&rng, asciiOnly: rng.below(3) > 0, length: 12)
            let sub = s.dropFirst(min(1, s.count))
            for limit in [0, 5, 40, 70] {
                guard let fast = DutchDate.asciiTokens(sub, limit: limit) else { continue }
                taken += 1
                let slow = DutchDate.tokens(sub.prefix(limit))
                XCTAssertEqual(fast.map(\.text), slow.map(\.text), s.debugDescription)
                XCTAssertEqual(fast.map(\.offset), slow.map(\.offset), s.debugDescription)
            }
        }
        XCTAssertGreaterThan(taken, 20_000)
    }

    func testNameKeyAsByFolding() {
        var rng = RNG(state: 99)
        for _ in 0..<20_000 {
            var s = Self.randomText(&rng, asciiOnly: rng.below(2) == 0, length: 6)
            // Every ASCII byte somewhere.
            s.append(Character(Unicode.Scalar(UInt8(rng.below(128)))))
            XCTAssertEqual(CaseSignature.nameKey(s), CaseSignature.foldedNameKey(s), s.debugDescription)
        }
    }

    /// (ASCII paths without `//`: Foundation's `lastPathComponent` traps on some others, `//é`, `///_//`.)
    func testFileNameIdentifiersAsFromTheStem() {
        var rng = RNG(state: 2_024)
        let parts = ["/", "_", ".", "-", " ", "kv", "tk", "ah", "ek", "kv-tk-", "ah-tk-", "2024Z", "2024D", "18659", "12345",
                     "20242025", "594", "AH ", "617", "Z", "vragen", "txt", "pdf", "x", "\n", "~", "..", ".txt", "A"]
        var found = 0
        for _ in 0..<30_000 {
            var s = ""
            for _ in 0..<rng.below(10) { s += parts[rng.below(parts.count)] }
            if s.contains("//") { continue }
            let expected = Identifiers.find(in: CaseSignature.fileNameText(s))
            if !expected.isEmpty { found += 1 }
            XCTAssertEqual(CaseSignature.fileNameIdentifiers(s), expected, s.debugDescription)
        }
        XCTAssertGreaterThan(found, 1_000)
    }

    func testSeeAlsoGateLosesNoMatch() {
        let cited = "Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 528."
        XCTAssertEqual(CaseSignature.seeAlso(in: cited), ["ah-tk-20242025-528"])
        XCTAssertEqual(CaseSignature.seeAlso(in: "ZIE OO\u{212A} aanhangsel handelingen vergaderjaar 2001-2002 nr 7"),
                       ["ah-tk-20012002-7"])
        var rng = RNG(state: 528)
        // The reference's parts in order, each in a few spellings (some that break the match).
        let slots: [[String]] = [["", "x ", "Zie "], ["Zie ook ", "zie OOK ", "ZIE OO\u{212A} ", "Zie oo", "Zie  ook "],
                                 ["Aanhangsel ", "aanhangsel ", "Aanhangsel"], ["", "van de "], ["Handelingen, ", "Handelingen"],
                                 ["", "Eerste Kamer, ", "Tweede Kamer "], ["vergaderjaar ", "vergaderjaar"], ["2024", "24"],
                                 ["–", "-", "—", "/"], ["2025"], [", nr. ", " nr ", "nr."], ["12", "", "123456"]]
        var matched = 0
        for _ in 0..<5_000 {
            var s = ""
            for slot in slots { s += slot[rng.below(slot.count)] }
            let ns = s as NSString
            let expected = try! NSRegularExpression(
                pattern: #"Zie ook Aanhangsel (?:van de )?Handelingen,?\s*(?:(Eerste|Tweede) Kamer,?\s*)?vergaderjaar\s*(\d{4})\s*[–—-]\s*(\d{4}),?\s*nr\.?\s*(\d{1,5})"#,
                options: [.caseInsensitive]).numberOfMatches(in: s, range: NSRange(location: 0, length: ns.length))
            if expected > 0 { matched += 1; XCTAssertTrue(CaseSignature.mayCiteSeeAlso(s), s.debugDescription) }
            XCTAssertEqual(CaseSignature.seeAlso(in: s).count, expected, s.debugDescription)
        }
        XCTAssertGreaterThan(matched, 0)
    }

    func testTrigramPrintSortedUnique() {
        var rng = RNG(state: 7)
        for _ in 0..<3_000 {
            let texts = (0..<rng.below(4)).map { _ in Self.randomText(&rng, asciiOnly: false, length: 40) }
            XCTAssertEqual(CaseSignature.trigramPrint(texts), Self.referenceTrigramPrint(texts))
        }
        XCTAssertEqual(CaseSignature.trigramPrint(["a b a b a b"]).count, 2)
    }

    /// The print as a `Set` made it (the code replaced).
    static func referenceTrigramPrint(_ texts: [String]) -> [UInt32] {
        var words: [UInt32] = []
        for text in texts {
            var h: UInt32 = 2_166_136_261, length = 0
            for b in text.utf8 {
                let c = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
                let inWord = (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c >= 0x80
                if inWord {
                    h = (h ^ UInt32(c)) &* 16_777_619
                    length += 1
                } else if length > 0 {
                    words.append(h)
                    h = 2_166_136_261
                    length = 0
                }
            }
            if length > 0 { words.append(h) }
        }
        guard words.count >= 3 else { return [] }
        var grams = Set<UInt32>()
        for i in 0..<(words.count - 2) { grams.insert((words[i] &* 31 &+ words[i + 1]) &* 31 &+ words[i + 2]) }
        return grams.sorted()
    }

    func testSHA256AsTheReference() {
        XCTAssertEqual(SHA256.hex(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Data(repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var rng = RNG(state: 256)
        for count in Array(0...200) + (0..<60).map({ _ in rng.below(5_000) }) {
            var bytes = [UInt8](repeating: 0, count: count)
            for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: rng.next()) }
            let data = Data(bytes)
            XCTAssertEqual(SHA256.digest(data), ReferenceSHA256.digest(data), "\(count) bytes")
            // A slice (not starting at index 0) digests as its bytes.
            let slice = Data([1, 2, 3] + bytes).dropFirst(3)
            XCTAssertEqual(SHA256.digest(slice), ReferenceSHA256.digest(data), "\(count) bytes, sliced")
        }
    }
}

/// The SHA-256 the faster one replaced (round by round, moving the working variables), as the oracle.
enum ReferenceSHA256 {
    static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    static func digest(_ data: Data) -> [UInt8] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var message = [UInt8](data)
        let bitLength = UInt64(message.count) * 8
        message.append(0x80)
        while message.count % 64 != 56 { message.append(0) }
        for i in (0..<8).reversed() { message.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        for chunk in stride(from: 0, to: message.count, by: 64) {
            var w = [UInt32](repeating: 0, count: 64)
            for t in 0..<16 {
                let j = chunk + t * 4
                w[t] = UInt32(message[j]) << 24 | UInt32(message[j + 1]) << 16 | UInt32(message[j + 2]) << 8 | UInt32(message[j + 3])
            }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for t in 0..<64 {
                let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            for (i, v) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] &+= v }
        }
        return h.flatMap { v in (0..<4).reversed().map { UInt8(truncatingIfNeeded: v >> (UInt32($0) * 8)) } }
    }
}

import XCTest
@testable import DutchText

/// ``FastText/firstOffset(of:in:)`` (memchr on the needle's rarest byte, then memcmp) finds the first
/// occurrence as the byte-by-byte search it replaced (kept here as the reference), on seeded random
/// haystacks and needles of common and rare bytes, repeated prefixes and non-ASCII.
final class FastTextSearchTests: XCTestCase {
    typealias RNG = RepairPropertyTests.SplitMix64

    static func referenceFirstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    func testFirstOffsetAgreesWithTheByteLoop() {
        var rng = RNG(state: 31_337)
        let pieces = [" ", "e", "n", "a", "ee", "een", " van ", " over ", "ver", "Kamer", "K", "ISSN", "q", "é", "\u{0}", ",", "-"]
        var found = 0
        for _ in 0..<30_000 {
            var hay = ""
            for _ in 0..<rng.below(20) { hay += pieces[rng.below(pieces.count)] }
            var needle = ""
            for _ in 0..<rng.below(4) { needle += pieces[rng.below(pieces.count)] }
            let h = Array(hay.utf8), n = Array(needle.utf8)
            let expected = Self.referenceFirstOffset(of: n, in: h)
            XCTAssertEqual(h.withUnsafeBufferPointer { FastText.firstOffset(of: n, in: $0) }, expected, "\(needle) in \(hay)")
            // Also inside a larger buffer: the search stays in the slice.
            let padded = [0x6E] + h + [0x6E]
            let inner = padded.withUnsafeBufferPointer { FastText.firstOffset(of: n, in: UnsafeBufferPointer(rebasing: $0[1..<(1 + h.count)])) }
            XCTAssertEqual(inner, expected)
            if expected != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 5_000)
    }
}

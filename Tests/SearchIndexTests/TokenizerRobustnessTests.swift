import DutchText
import Foundation
import GRDB
import XCTest
@testable import SearchIndex

/// Hostile input through the raw tokenize path and through a real FTS5 table.
final class TokenizerRobustnessTests: XCTestCase {
    typealias S = TokenizerTestSupport

    /// Invariants of any tokenization: offsets within the text, increasing from position to position
    /// and shared by colocated terms; terms non-empty and within the cap.
    private func checkInvariants(_ bytes: [UInt8], _ terms: [(bytes: [UInt8], flags: CInt, start: Int, end: Int)],
                                 _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        var lastStart = -1, lastEnd = -1
        for t in terms {
            XCTAssertFalse(t.bytes.isEmpty, "empty term: \(label)", file: file, line: line)
            XCTAssertLessThanOrEqual(t.bytes.count, TokenLimit.maxBytes, "term over cap: \(label)", file: file, line: line)
            XCTAssertTrue(0 <= t.start && t.start <= t.end && t.end <= bytes.count,
                          "offsets [\(t.start),\(t.end)) out of 0..\(bytes.count): \(label)", file: file, line: line)
            if t.flags & FTS5TokenFlags.colocated.rawValue != 0 {
                XCTAssertTrue(t.start == lastStart && t.end == lastEnd, "colocated offsets differ: \(label)",
                              file: file, line: line)
            } else {
                XCTAssertGreaterThan(t.start, lastStart, "offsets do not increase: \(label)", file: file, line: line)
                XCTAssertGreaterThanOrEqual(t.start, lastEnd, "tokens overlap: \(label)", file: file, line: line)
            }
            lastStart = t.start; lastEnd = t.end
        }
    }

    static let hostile: [(String, [UInt8])] = [
        ("empty", []),
        ("only separators", Array(" \t\n.,;:!?()[]{}\"'".utf8)),
        ("long token", Array(String(repeating: "gemeenten", count: 2000).utf8)),
        ("long non-ASCII token", Array(String(repeating: "coördinatieﬁĳ\u{AD}", count: 800).utf8)),
        ("control characters", Array("a\u{0}b\u{1}c\u{2}d\u{7}e\u{1B}f\u{7F}gemeenten".utf8)),
        ("invalid UTF-8", [0x67, 0x65, 0xFF, 0xFE, 0x80, 0xC3, 0x28, 0xE2, 0x82, 0x6D, 0xF0, 0x9F, 0x92]),
        ("CESU-8 unpaired surrogates", [0x61, 0xED, 0xA0, 0x80, 0x62, 0xED, 0xBF, 0xBF, 0x63, 0x20, 0x6D, 0x6F]),
        ("truncated ligature", [0x61, 0xEF, 0xAC]),
        ("soft hyphens only", Array("\u{AD}\u{AD} \u{AD}".utf8)),
        ("marker only", [0x02]),
        ("many short words", Array(String(repeating: "a b c ", count: 5000).utf8)),
    ]

    func testHostileInputThroughRawTokenize() throws {
        try S.makeDatabase().inDatabase { db in
            let t = try db.makeTokenizer(DutchTokenizer.tokenizerDescriptor())
            for (label, bytes) in Self.hostile {
                for mode: FTS5Tokenization in [.document, .query, [.query, .prefix], .aux] {
                    let (rc, terms) = S.rawTerms(t, bytes, mode)
                    XCTAssertEqual(rc, 0, label)
                    checkInvariants(bytes, terms, "\(label) mode \(mode.rawValue)")
                }
            }
            // The long token is kept, truncated, unstemmed.
            let (_, long) = S.rawTerms(t, Self.hostile[2].1, .document)
            XCTAssertEqual(long.count, 1)
            XCTAssertEqual(long.first?.bytes.count, TokenLimit.maxBytes)
        }
    }

    func testHostileInputThroughFTS5Table() throws {
        try S.makeDatabase().inDatabase { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE h USING fts5(body, tokenize='kamervragen_dutch')")
            for (label, bytes) in Self.hostile {
                // Bound as a blob cast to text so invalid UTF-8 reaches the tokenizer unchanged.
                try db.execute(sql: "INSERT INTO h(body) VALUES (CAST(? AS TEXT))", arguments: [Data(bytes)])
                for query in ["gemeente", "\"\u{2}gemeenten\"", "gem*", "\"a b\""] {
                    XCTAssertNoThrow(try Int.fetchOne(db, sql: "SELECT count(*) FROM h WHERE h MATCH ?", arguments: [query]), label)
                }
            }
            try db.execute(sql: "INSERT INTO h(h) VALUES ('integrity-check')")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM h WHERE h MATCH 'gemeente'"), 1)
            let long = String(repeating: "gemeenten", count: 2000)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM h WHERE h MATCH ?",
                                            arguments: [FTS5Term.quoted(long, exact: false)]), 1)
            // Delete with the same text: the index stays consistent.
            try db.execute(sql: "DELETE FROM h")
            try db.execute(sql: "INSERT INTO h(h) VALUES ('integrity-check')")
        }
    }

    /// A tiny seeded PRNG (SplitMix64), so failures reproduce.
    struct SplitMix64: RandomNumberGenerator {
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

    /// Random strings mixing ASCII, Dutch letters, ligatures, separators, controls and rare scalars.
    static func randomText(_ rng: inout SplitMix64) -> String {
        let pools: [[Unicode.Scalar]] = [
            Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars), Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".unicodeScalars),
            Array("ëéïöüèáóúÖËĲĳﬀﬁﬂﬃﬄﬅﬆ\u{AD}\u{301}\u{308}".unicodeScalars), Array(" \t\n.,-’'\"()/".unicodeScalars),
            [Unicode.Scalar(1)!, Unicode.Scalar(2)!, Unicode.Scalar(0)!, Unicode.Scalar(0x7F)!],
        ]
        var s = String.UnicodeScalarView()
        let length = rng.below(200)
        for _ in 0..<length {
            if rng.below(10) == 0 {
                // Any scalar (surrogates excluded by construction).
                var v = UInt32(rng.below(0x11_0000))
                if (0xD800...0xDFFF).contains(v) { v = 0xFFFD }
                s.append(Unicode.Scalar(v)!)
            } else {
                let pool = pools[rng.below(pools.count)]
                s.append(pool[rng.below(pool.count)])
            }
        }
        if rng.below(20) == 0 { s.append(contentsOf: String(repeating: "x", count: 100 + rng.below(200)).unicodeScalars) }
        return String(s)
    }

    func testSeededRandomTextKeepsInvariants() throws {
        var rng = SplitMix64(state: 20_241_129)
        try S.makeDatabase().inDatabase { db in
            let t = try db.makeTokenizer(DutchTokenizer.tokenizerDescriptor())
            try db.execute(sql: "CREATE VIRTUAL TABLE p USING fts5(body, tokenize='kamervragen_dutch')")
            for i in 0..<1500 {
                let text = Self.randomText(&rng)
                let bytes = Array(text.utf8)
                for mode: FTS5Tokenization in [.document, .query, [.query, .prefix]] {
                    let (rc, terms) = S.rawTerms(t, bytes, mode)
                    XCTAssertEqual(rc, 0)
                    checkInvariants(bytes, terms, "case \(i) mode \(mode.rawValue)")
                }
                try db.execute(sql: "INSERT INTO p(body) VALUES (?)", arguments: [text])
                XCTAssertNoThrow(try Int.fetchOne(db, sql: "SELECT count(*) FROM p WHERE p MATCH ?",
                                                  arguments: [FTS5Term.quoted(text, exact: i % 2 == 0)]))
            }
            try db.execute(sql: "INSERT INTO p(p) VALUES ('integrity-check')")
        }
    }
}

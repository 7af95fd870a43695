import Foundation
import GRDB
import SystemZlib
@testable import SearchIndex
import XCTest

final class StoredTextTests: XCTestCase {
    private typealias Random = TokenizerRobustnessTests.SplitMix64

    private func roundTrip(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let (value, size) = StoredText.encode(text)
        XCTAssertEqual(size, text.utf8.count, file: file, line: line)
        XCTAssertEqual(StoredText.decode(value.databaseValue, size: size), text, file: file, line: line)
    }

    func testShortAndIncompressibleTextsStayText() {
        let short = StoredText.encode("Antwoord 1")
        XCTAssertEqual(short.value.databaseValue, "Antwoord 1".databaseValue)
        var random = Random(state: 7)
        let noise = String((0..<200).map { _ in Character(Unicode.Scalar(UInt8(33 + random.below(90)))) })
        XCTAssertEqual(StoredText.encode(noise).value.databaseValue, noise.databaseValue, "no saving: stays TEXT")
        roundTrip(""); roundTrip("Antwoord 1"); roundTrip(noise)
    }

    func testProseIsCompressed() {
        let prose = String(repeating: "De minister antwoordt dat de gemeenten versterkingsgelden ontvangen. ", count: 20)
        let (value, size) = StoredText.encode(prose)
        guard case .blob(let data) = value.databaseValue.storage else { return XCTFail("expected a BLOB") }
        XCTAssertLessThan(data.count, size / 4)
        roundTrip(prose)
    }

    /// `compress2` at the stored level: the reference the reused stream must match byte for byte.
    private func compress2Reference(_ bytes: [UInt8]) -> Data? {
        var capacity = compressBound(uLong(bytes.count))
        var out = Data(count: Int(capacity))
        let rc = out.withUnsafeMutableBytes { dst in
            compress2(dst.bindMemory(to: Bytef.self).baseAddress, &capacity, bytes, uLong(bytes.count), StoredText.level)
        }
        guard rc == Z_OK else { return nil }
        out.count = Int(capacity)
        return out
    }

    /// Property: a deflater reused across texts of every size (small, large, empty, repetitive, noise)
    /// gives exactly what a fresh `compress2` gives, on one thread and shared by several. Seeded.
    func testReusedDeflaterMatchesCompress2() {
        var random = Random(state: 19)
        let words = ["de ", "gemeenten ", "versterkingsgelden ", "Coördinator ", "\n", "1995 ", "antwoord ", "€ "]
        var texts: [[UInt8]] = [[], [0x41]]
        for _ in 0..<300 {
            let n = random.below(4) == 0 ? random.below(200_000) : random.below(3000)
            if random.below(3) == 0 {
                texts.append((0..<n).map { _ in UInt8(truncatingIfNeeded: random.below(256)) })
            } else {
                texts.append(Array((0..<(n / 8 + 1)).map { _ in words[random.below(words.count)] }.joined().utf8))
            }
        }
        let deflater = Deflater(level: StoredText.level)
        for (i, text) in texts.enumerated() {
            let reused = text.withUnsafeBufferPointer { deflater.compress($0) }
            XCTAssertEqual(reused, compress2Reference(text), "text \(i) of \(text.count) bytes")
        }
        let expected = texts.map(compress2Reference)
        let all = texts, results = Results()
        DispatchQueue.concurrentPerform(iterations: all.count) { i in
            let data = Deflater.withDeflater(level: StoredText.level) { d in all[i].withUnsafeBufferPointer { d.compress($0) } }
            results.set(i, data)
        }
        XCTAssertEqual((0..<all.count).map { results.get($0) }, expected)
    }

    /// Results of concurrent work, behind a lock.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: Data] = [:]
        func set(_ i: Int, _ value: Data?) { lock.lock(); values[i] = value; lock.unlock() }
        func get(_ i: Int) -> Data? { lock.lock(); defer { lock.unlock() }; return values[i] }
    }

    /// Property: any text (Dutch letters, emoji, controls, NUL) comes back exactly. Seeded.
    func testRandomTextsRoundTrip() {
        var random = Random(state: 2026)
        let pieces = ["de ", "gemeenten ", "Coördinator ", "financiële ", "ĳs ", "€ ", "\u{0}", "\n", "🙂", "“", "\u{AD}",
                      "versterkingsgelden ", "a", "1995 ", "\t"]
        for _ in 0..<500 {
            let n = random.below(300)
            roundTrip((0..<n).map { _ in pieces[random.below(pieces.count)] }.joined())
        }
    }

    func testDamagedBlobIsNotAText() {
        XCTAssertNil(StoredText.decode(Data([0x78, 0x01, 0xFF, 0x00]).databaseValue, size: 40))
        let (value, _) = StoredText.encode(String(repeating: "gemeente ", count: 40))
        XCTAssertNil(StoredText.decode(value.databaseValue, size: 41), "a wrong size is an error")
    }

    func testSQLFunctionReadsBothFormsAndRejectsDamage() throws {
        let queue = try DatabaseQueue(configuration: IndexDatabase.configuration())
        try queue.inDatabase { db in
            let prose = String(repeating: "Welke maatregelen neemt de regering? ", count: 10)
            let (value, size) = StoredText.encode(prose)
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT CAST(sqlar_uncompress(?, ?) AS TEXT)",
                                               arguments: [value.databaseValue, size]), prose)
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT sqlar_uncompress('kort', 4)"), "kort")
            XCTAssertNil(try String.fetchOne(db, sql: "SELECT sqlar_uncompress(NULL, 0)"))
            XCTAssertThrowsError(try String.fetchOne(db, sql: "SELECT sqlar_uncompress(x'789c00', 50)"))
        }
    }

    /// The `sqlite3` shell reads the stored texts with its own `sqlar_uncompress` (when installed).
    func testTheSQLiteShellReadsTheStoredText() throws {
        guard let shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("no sqlite3 shell")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("storedtext-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let prose = String(repeating: "Hoeveel gemeenten ontvangen versterkingsgelden? ", count: 8)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(x, n)")
            let (value, size) = StoredText.encode(prose)
            try db.execute(sql: "INSERT INTO t VALUES (?, ?)", arguments: [value.databaseValue, size])
        }
        try queue.close()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = [path, "SELECT typeof(x), CAST(sqlar_uncompress(x, n) AS TEXT) FROM t"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(output, "blob|" + prose + "\n")
    }
}

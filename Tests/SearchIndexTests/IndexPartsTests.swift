import Foundation
@testable import SearchIndex
import Kamervragen
import XCTest

final class SHA256Tests: XCTestCase {
    func testKnownVectors() {
        XCTAssertEqual(SHA256.hex(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex(Data(repeating: 0x61, count: 1_000)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

final class SearchKeysTests: XCTestCase {
    func testPartyKey() {
        XCTAssertEqual(SearchKeys.party("P.v.d.A."), "pvda")
        XCTAssertEqual(SearchKeys.party("PvdA"), "pvda")
        XCTAssertEqual(SearchKeys.party(" D'66 "), "d66")
        XCTAssertEqual(SearchKeys.party("Nieuw Sociaal Contract"), "nieuwsociaalcontract")
    }

    func testNameKey() {
        XCTAssertEqual(SearchKeys.name("Haas-Berger"), "haas berger")
        XCTAssertEqual(SearchKeys.name("Financiën,  Sociale Zaken"), "financien sociale zaken")
    }
}

final class IndexLocationTests: XCTestCase {
    func testOrderOfDefaults() throws {
        let dir = NSTemporaryDirectory() + "kv-loc-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertEqual(IndexLocation.resolve(option: "x.sqlite", environment: ["KAMERVRAGEN_DB": "/e"], currentDirectory: dir),
                       IndexLocation(path: dir + "/x.sqlite", source: .option))
        XCTAssertEqual(IndexLocation.resolve(option: nil, environment: ["KAMERVRAGEN_DB": "/e/db"], currentDirectory: dir).path, "/e/db")
        XCTAssertEqual(IndexLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/xdg"], currentDirectory: dir),
                       IndexLocation(path: "/xdg/kamervragen/index.sqlite", source: .userData))
        XCTAssertEqual(IndexLocation.resolve(option: nil, environment: ["HOME": "/home/u"], currentDirectory: dir).path,
                       "/home/u/.local/share/kamervragen/index.sqlite")
        try FileManager.default.createDirectory(atPath: dir + "/Corpus", withIntermediateDirectories: true)
        XCTAssertEqual(IndexLocation.resolve(option: nil, environment: [:], currentDirectory: dir),
                       IndexLocation(path: dir + "/.kamervragen/index.sqlite", source: .repository))
    }
}

final class FileWalkerTests: XCTestCase {
    func testWalkSkipsHiddenAndUnsupportedAndReportsLoops() throws {
        let dir = NSTemporaryDirectory() + "kv-walk-\(UUID().uuidString)"
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/a/b", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/.hidden", withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        for name in ["a/one.txt", "a/b/two.PDF", "a/b/three.htm", "a/four.html", "a/skip.rtf", ".hidden/x.txt",
                     "a/.dot.txt", "index.sqlite"] {
            _ = fm.createFile(atPath: dir + "/" + name, contents: Data("x".utf8))
        }
        try fm.createSymbolicLink(atPath: dir + "/a/b/loop", withDestinationPath: dir + "/a")
        try fm.createSymbolicLink(atPath: dir + "/a/broken.txt", withDestinationPath: dir + "/missing")
        let walker = FileWalker(excludedPrefixes: [dir + "/index.sqlite"])
        let (files, problems) = walker.walk([dir])
        XCTAssertEqual(files.map { String($0.path.dropFirst(dir.count + 1)) },
                       ["a/b/three.htm", "a/b/two.PDF", "a/four.html", "a/one.txt"])
        XCTAssertEqual(problems.filter { !$0.isFailure }.count, 2, "\(problems)")
        XCTAssertTrue(problems.contains { $0.reason.contains("loop") })
        XCTAssertTrue(problems.contains { $0.reason == "broken symbolic link" })
    }

    /// Regression: names were read by copying whole `dirent` structs, which ran past readdir's buffer
    /// (a crash in folders of thousands of files). Many long and short names, every one found.
    func testWalkerReadsEveryNameOfALargeFolder() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        var expected: [String] = []
        for i in 0..<3000 {
            let name = i % 3 == 0 ? "d\(i).txt" : String(repeating: "lang", count: 1 + i % 50) + "-\(i).txt"
            _ = fm.createFile(atPath: dir + "/" + name, contents: nil)
            expected.append(dir + "/" + name)
        }
        let (files, problems) = FileWalker().walk([dir])
        XCTAssertEqual(problems.count, 0)
        XCTAssertEqual(files.map(\.path), expected.sorted())
    }
}

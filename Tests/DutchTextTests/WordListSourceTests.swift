@testable import DutchText
import XCTest

/// The word list compiled into the program: decoded exactly, named in the analysis identity, and
/// replaceable by `$KAMERVRAGEN_LEXICON`.
final class WordListSourceTests: XCTestCase {
    func testFrontCodingGivesBackTheLines() {
        // Shared prefixes of several lengths, multi-byte characters, an empty previous prefix.
        let coded = "0coördinator\n<en\n:ie\n0ca\n2fé\n5s\n0Zwolle\n"
        let decoded = String(decoding: FrontCodedList.decode(coded), as: UTF8.self)
        XCTAssertEqual(decoded, "coördinator\ncoördinatoren\ncoördinatie\nca\ncafé\ncafés\nZwolle\n")
    }

    func testBundledListIsTheOpenTaalList() {
        let bytes = WordListSource.bundledBytes()
        XCTAssertEqual(bytes.count, BundledWordListData.byteCount)
        let lexicon = Lexicon(listData: bytes, identity: "bundled")
        XCTAssertGreaterThan(lexicon.count, 400_000)
        for word in ["gemeente", "gemeenten", "coördinator", "problematiek", "versterking", "kinderopvang"] {
            XCTAssertTrue(lexicon.contains(word) || lexicon.containsFolded(word), word)
        }
        XCTAssertFalse(lexicon.contains("gemeeentte"))
    }

    /// The bundled list is byte for byte the Debian file it was made from, where that file is installed
    /// (so the analysis is unchanged by bundling).
    func testBundledListEqualsTheSystemFileWhenPresent() throws {
        let path = "/usr/share/dict/dutch"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XCTSkip("\(path) (wdutch) is not installed: nothing to compare with")
        }
        let bytes = WordListSource.bundledBytes()
        XCTAssertEqual(bytes.count, data.count)
        XCTAssertTrue(bytes == [UInt8](data), "the bundled list differs from \(path)")
    }

    func testEnvironmentListReplacesTheBundledOne() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try "fiets\nzeilboot\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let environment = ["KAMERVRAGEN_LEXICON": file.path]
        let (data, identity) = WordListSource.load(environment: environment)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "fiets\nzeilboot\n")
        XCTAssertEqual(identity, "\(file.path):15 bytes")
        XCTAssertEqual(WordListSource.fingerprint(environment: environment), identity)
        XCTAssertEqual(CompoundLexicon(environment: environment).count, 2)
        // Unreadable or a directory: the bundled list, named as such.
        for other in ["/nonexistent/list", NSTemporaryDirectory(), ""] {
            XCTAssertEqual(WordListSource.fingerprint(environment: ["KAMERVRAGEN_LEXICON": other]),
                           BundledWordListData.identity, other)
        }
        XCTAssertTrue(BundledWordListData.identity.hasPrefix("bundled OpenTaal"))
    }
}

import Foundation
import Kamervragen
@testable import SearchIndex
import XCTest

/// A scratch folder with documents written as JSON in `.txt` files, parsed by a counting parser, and an
/// index file beside them.
final class IndexFixture {
    let root: String
    let corpus: String
    let databasePath: String
    private let counter = ParseCount()

    init() throws {
        root = NSTemporaryDirectory() + "kv-index-tests-\(UUID().uuidString)"
        corpus = root + "/corpus"
        databasePath = root + "/db/index.sqlite"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// How many times the parser ran.
    var parses: Int { counter.value }

    /// Writes `document` as JSON to `corpus/name`.
    @discardableResult
    func write(_ name: String, _ document: Document) throws -> String {
        let path = corpus + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try JSONEncoder().encode(document).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes raw bytes (for files the parser must reject).
    func writeRaw(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: corpus + "/" + name))
    }

    /// Sets a file's mtime.
    func setMtime(_ name: String, _ date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: corpus + "/" + name)
    }

    func request(rebuild: Bool = false) -> IndexRequest {
        let counter = self.counter
        var request = IndexRequest(databasePath: databasePath, roots: [corpus], rebuild: rebuild) { path, data in
            counter.increment()
            guard let document = try? JSONDecoder().decode(Document.self, from: data) else {
                throw ParseError(file: path, reason: "not a test document")
            }
            return document
        }
        request.wait = 2
        return request
    }

    @discardableResult
    func index(rebuild: Bool = false) throws -> IndexSummary {
        try Indexer.run(request(rebuild: rebuild))
    }

    func search(_ query: String, configure: (inout SearchRequest) -> Void = { _ in }) throws -> SearchResult {
        var request = SearchRequest(query: query)
        configure(&request)
        return try Searcher(databasePath: databasePath).search(request)
    }

    /// Files of the hits, by name, in order.
    func names(_ result: SearchResult) -> [String] {
        result.hits.map { ($0.file as NSString).lastPathComponent }
    }
}

final class ParseCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// A small answered Kamervragen document.
func answered(title: String, questions: [String], answers: [String], askers: [Person] = [],
              answerers: [Official] = [], submitted: String? = nil, received: String? = nil,
              footnotes: [Footnote] = []) -> Document {
    Document(kind: .answers, title: title, askers: askers, addressees: ["Minister van Justitie en Veiligheid"],
             answerers: answerers, submitted: submitted, received: received,
             questions: questions.enumerated().map { Question(numbers: [$0.offset + 1], text: $0.element) },
             answers: answers.enumerated().map { Answer(numbers: [$0.offset + 1], text: $0.element) },
             footnotes: footnotes, text: (questions + answers).joined(separator: "\n"))
}

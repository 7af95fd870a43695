import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KamervragenWeb
import SearchIndex
import XCTest

/// The repository's `Corpus/`, and an index of it built once per test run.
enum CorpusIndex {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("Corpus").path

    /// An index of the whole `Corpus/`, shared by the tests that only read it.
    static let shared: String = {
        let folder = NSTemporaryDirectory() + "kv-web-tests-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/index.sqlite"
        _ = try! Indexer.run(IndexRequest(databasePath: path, roots: [corpus]))
        return path
    }()

    /// Builds a fresh index of `files` of the Corpus (copied to a scratch folder) at `path`.
    static func build(_ files: [String], at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent + "/corpus-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in files { try FileManager.default.copyItem(atPath: corpus + "/" + file, toPath: folder + "/" + file) }
        _ = try Indexer.run(IndexRequest(databasePath: path, roots: [folder], rebuild: true))
    }
}

/// A `kamervragen serve` running in this process on a free port of 127.0.0.1.
final class TestServer: @unchecked Sendable {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
        var json: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
        }
    }

    let port: Int
    private let task: Task<Void, any Error>

    init(databasePath: String) async throws {
        setenv("LOG_LEVEL", "critical", 1)  // no shutdown noise when a test stops its server
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let server = WebServer(databasePath: databasePath, port: 0)
        task = Task {
            defer { continuation.finish() }
            try await server.run { continuation.yield($0) }
        }
        var found: Int?
        for await port in ports { found = port; break }
        guard let found, found > 0 else {
            _ = try await task.value
            throw XCTSkip("server did not start")
        }
        port = found
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
    }

    /// GETs `path` (already percent-encoded where needed).
    func get(_ path: String) async throws -> Reply {
        let url = URL(string: "http://127.0.0.1:\(port)\(path)")!
        var request = URLRequest(url: url)
        request.timeoutInterval = 30
        let (data, response): (Data, URLResponse) = try await withCheckedThrowingContinuation { continuation in
            URLSession.shared.dataTask(with: request) { data, response, error in
                if let error { continuation.resume(throwing: error) } else {
                    continuation.resume(returning: (data ?? Data(), response!))
                }
            }.resume()
        }
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields { headers[String(describing: name).lowercased()] = String(describing: value) }
        return Reply(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }
}

/// `text` percent-encoded for a query string value.
func encoded(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
}

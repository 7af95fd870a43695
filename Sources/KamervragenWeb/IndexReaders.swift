import Foundation
import SearchIndex
#if canImport(Glibc)
import Glibc
#endif

/// The open connections to the index file, reused across requests, and reopened when the file is
/// replaced.
///
/// The nightly `index --rebuild` renames a new file over the old one: connections opened before keep
/// reading the old file (its inode) for as long as they live. So before each request the file is
/// `stat`ed; when its device, inode or modification time differ from those of the open connections,
/// these are dropped (the ones in use finish their request first) and new ones are opened. Blocking
/// SQLite work runs on a queue of its own with at most ``width`` requests at a time, never on the
/// server's event loops or Swift's cooperative threads.
final class IndexReaders: @unchecked Sendable {
    /// One set of connections to one version of the file.
    final class Reader {
        let identity: FileIdentity
        let searcher: Searcher
        /// Similar pairs, with the searcher's connection.
        let similar: SimilarQuestions
        let documents: DocumentStore
        let cases: CaseStore

        init(path: String, identity: FileIdentity) throws {
            self.identity = identity
            searcher = try Searcher(databasePath: path)
            similar = SimilarQuestions(searcher: searcher)
            documents = try DocumentStore(databasePath: path)
            cases = try CaseStore(databasePath: path)
        }
    }

    /// What identifies one version of the index file.
    struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
        var modified: Int64
        var modifiedNanoseconds: Int64

        static func of(_ path: String) -> FileIdentity? {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
                                modified: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec))
        }
    }

    let path: String
    /// Requests served at the same time (a connection each).
    let width: Int
    private let lock = NSLock()
    private var current: FileIdentity?
    private var free: [Reader] = []
    private let work: OperationQueue

    init(path: String, width: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) {
        self.path = path
        self.width = width
        work = OperationQueue()
        work.maxConcurrentOperationCount = width
        work.name = "kamervragen.index-readers"
    }

    /// Opens the index once, to fail at start-up rather than at the first request.
    func check() throws {
        try withReader { _ in }
    }

    /// Runs `body` with a reader of the current file, off the caller's thread.
    func run<T: Sendable>(_ body: @escaping @Sendable (Reader) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            work.addOperation { [self] in
                continuation.resume(with: Result { try self.withReader(body) })
            }
        }
    }

    /// Runs `body` with a reader of the current file, on this thread.
    func withReader<T>(_ body: (Reader) throws -> T) throws -> T {
        let reader = try take()
        defer { give(reader) }
        return try body(reader)
    }

    private func take() throws -> Reader {
        guard let identity = FileIdentity.of(path) else {
            throw IndexError(.missingIndex, "no index at \(path)")
        }
        lock.lock()
        if identity != current {
            current = identity
            free.removeAll()
        }
        if let reader = free.popLast() {
            lock.unlock()
            return reader
        }
        lock.unlock()
        return try Reader(path: path, identity: identity)
    }

    private func give(_ reader: Reader) {
        lock.lock()
        defer { lock.unlock() }
        if reader.identity == current && free.count < width { free.append(reader) }
    }
}

import DutchText
import Foundation
import GRDB
import Kamervragen
#if canImport(Glibc)
import Glibc
#endif

/// What `kamervragen index` is asked to do.
public struct IndexRequest {
    /// The index file.
    public var databasePath: String
    /// Absolute folders (or files) to index. The index mirrors exactly these: files outside them are
    /// removed. Empty: the roots remembered in the index.
    public var roots: [String]
    /// Build a new index beside the old one and swap it in, instead of updating in place.
    public var rebuild = false
    /// Seconds to wait for another indexer's lock.
    public var wait: Double = 30
    /// Files larger than this (bytes) are reported as failed without being read: the parser's limit,
    /// 50 MiB unless `KAMERVRAGEN_MAX_FILE_SIZE` says otherwise.
    public var maxFileSize = ParseOptions().maxFileSize
    /// Background parser threads: one per core, since parsing costs far more than writing (the writing
    /// thread mostly waits for parsed documents).
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Turns a file (its path and the bytes the indexer read to hash it) into a document; injectable so
    /// tests can count or fail parses.
    public var parse: @Sendable (String, Data) throws -> Document
    /// Called on the writing thread after each file.
    public var progress: ((IndexProgress) -> Void)?
    /// Called once when the whole index is about to be (re)built, with the reason.
    public var onRebuild: ((String) -> Void)?
    /// Called when a step without per-file progress starts (a rebuild's word count), with what it does.
    public var onPhase: ((String) -> Void)?
    /// Benchmarks only (with `rebuild`): build the full-text table with this tokenizer instead of the
    /// analyser's, to time the Dutch chain end to end against plain `unicode61`. The index records it
    /// as part of its analyser identity, so `search` refuses it.
    public var benchmarkTokenizer: TokenizerBenchmark.Tokenizer?

    public init(databasePath: String, roots: [String], rebuild: Bool = false,
                parse: @escaping @Sendable (String, Data) throws -> Document = IndexRequest.defaultParse) {
        self.databasePath = databasePath; self.roots = roots; self.rebuild = rebuild; self.parse = parse
    }

    /// The real parser.
    public static let defaultParse: @Sendable (String, Data) throws -> Document = { path, data in
        try DocumentParser(options: defaultOptions).parse(contents: data, path: path)
    }

    /// The default options, made once: making them reads the environment (a copy of every variable).
    private static let defaultOptions = ParseOptions()
}

/// Builds and updates index files: incremental updates in place (WAL, one transaction per run), full
/// rebuilds beside the live file swapped in by `rename`, one indexer at a time. A run that fails or is
/// killed leaves the previous index as it was.
public enum Indexer {
    /// The roots remembered in the index at `databasePath`, or empty.
    public static func storedRoots(databasePath: String) -> [String] {
        guard FileManager.default.fileExists(atPath: databasePath),
              let queue = try? DatabaseQueue(path: databasePath, configuration: IndexDatabase.configuration()) else { return [] }
        return (try? queue.read { db in
            try db.tableExists("roots") ? try String.fetchAll(db, sql: "SELECT path FROM roots ORDER BY path") : []
        }) ?? []
    }

    /// Runs one index job under the indexer lock.
    public static func run(_ request: IndexRequest) throws -> IndexSummary {
        let lock = try IndexLock(databasePath: request.databasePath, wait: request.wait)
        defer { withExtendedLifetime(lock) {} }
        removeStaleRebuilds(of: request.databasePath)
        if let refusal = ExistingIndexFile.inspect(request.databasePath)
            .refusal(path: request.databasePath, rebuild: request.rebuild) {
            throw refusal
        }
        var request = request
        if request.roots.isEmpty { request.roots = storedRoots(databasePath: request.databasePath) }
        guard !request.roots.isEmpty else {
            throw IndexError(.invalidInput, "no folder to index: give one (the index remembers it)")
        }
        if request.rebuild {
            return try rebuild(request, reason: "rebuilding the index (--rebuild)")
        }
        guard FileManager.default.fileExists(atPath: request.databasePath) else {
            return try rebuild(request, reason: "creating a new index at \(request.databasePath)")
        }
        let queue: DatabaseQueue
        let problem: String?
        do {
            queue = try DatabaseQueue(path: request.databasePath, configuration: IndexDatabase.configuration())
            problem = try queue.read { try Meta.incompatibility(in: $0) }
        } catch {
            throw IndexError(.io, "cannot open index \(request.databasePath): \(IndexDatabase.describe(error))")
        }
        if let problem {
            try? queue.close()
            return try rebuild(request, reason: "rebuilding the index: \(problem)")
        }
        defer { try? queue.close() }
        do {
            return try update(request, queue: queue)
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError(.io, "indexing failed: \(IndexDatabase.describe(error)); the index is unchanged")
        }
    }

    /// Merges the FTS index into one segment (for the nightly job), under the indexer lock.
    public static func optimize(databasePath: String, wait: Double) throws {
        let lock = try IndexLock(databasePath: databasePath, wait: wait)
        defer { withExtendedLifetime(lock) {} }
        let queue = try IndexDatabase.openForReading(at: databasePath)
        defer { try? queue.close() }
        do {
            try queue.write { db in try db.execute(sql: "INSERT INTO fts(fts) VALUES('optimize')") }
        } catch {
            throw IndexError(.io, "optimize failed: \(IndexDatabase.describe(error))")
        }
    }

    // MARK: - The work of one file

    private enum Outcome {
        case parsed(PreparedDocument, sha: String)
        case sameContent(sha: String)
        case failed(String)
    }

    private static func process(_ file: FoundFile, knownSha: String?, maxFileSize: Int, recorders: TokenRecorders?,
                                parse: @Sendable (String, Data) throws -> Document) -> Outcome {
        if file.size > maxFileSize {
            return .failed(FileContents.describe(.tooLarge(file.size), limit: maxFileSize))
        }
        let data: Data
        switch FileContents.read(file.path, limit: maxFileSize) {
        case .success(let bytes): data = bytes
        case .failure(let failure): return .failed(FileContents.describe(failure, limit: maxFileSize))
        }
        let sha = SHA256.hex(data)
        if let knownSha, knownSha == sha { return .sameContent(sha: sha) }
        do {
            return .parsed(PreparedDocument(try parse(file.path, data), path: file.path, recorders: recorders), sha: sha)
        } catch let error as ParseError {
            return .failed(error.reason)
        } catch {
            return .failed("\(error)")
        }
    }

    private struct FileRow {
        var id: Int64
        var size: Int64
        var mtime: Double
        var sha: String
        /// Why the file failed last time; nil when it was indexed.
        var error: String?
    }

    private final class ParseCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.lock(); value += 1; lock.unlock() }
        var count: Int { lock.lock(); defer { lock.unlock() }; return value }
    }

    /// The current time as ISO 8601 in UTC (`2026-11-29T23:05:00Z`); per file, so no formatter object.
    static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    private static func walk(_ request: IndexRequest, into summary: inout IndexSummary) -> [FoundFile] {
        let walker = FileWalker(excludedPrefixes: [request.databasePath])
        let (files, problems) = walker.walk(request.roots)
        for problem in problems {
            if problem.isFailure { summary.failures.append(problem); summary.failed += 1 } else { summary.warnings.append(problem) }
        }
        summary.files = files.count
        return files
    }

    // MARK: - Incremental update

    private static func update(_ request: IndexRequest, queue: DatabaseQueue) throws -> IndexSummary {
        let start = Date()
        var summary = IndexSummary()
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let known: [String: FileRow] = try queue.read { db in
            var rows: [String: FileRow] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, path, size, mtime, sha256, error FROM files") {
                rows[row["path"]] = FileRow(id: row["id"], size: row["size"], mtime: row["mtime"], sha: row["sha256"],
                                            error: row["error"])
            }
            return rows
        }
        let found = walk(request, into: &summary)
        let foundPaths = Set(found.map(\.path))
        let failedFolders = summary.failures.map { $0.path.hasSuffix("/") ? $0.path : $0.path + "/" }
        // New and changed files, and those that failed last time (a tool installed since, `--ocr` given;
        // one that fails again for the same reason counts as unchanged and is not reported again).
        let candidates = found.filter { file in
            guard let row = known[file.path] else { return true }
            return row.size != file.size || row.mtime != file.mtime || row.error != nil
        }
        summary.unchanged = found.count - candidates.count
        let gone = known.filter { path, _ in
            !foundPaths.contains(path) && !failedFolders.contains(where: { path.hasPrefix($0) })
                && !summary.failures.contains(where: { $0.path == path })
        }
        let counter = ParseCounter()
        let parse = request.parse
        let knownShas = candidates.map { known[$0.path]?.sha }
        let limit = request.maxFileSize
        // The splits of the last rebuild, read once: the parse threads record each text's terms with
        // them, and the writer's tokenizer deletes old texts with them.
        let frequencies = try queue.read {
            WordFrequencyTable.read(connection: $0.sqliteConnection) ?? CompoundLexicon.general
        }
        let recorders = candidates.isEmpty ? nil : TokenRecorders(lexicon: frequencies)
        let pipeline = ParsePipeline<Outcome>(count: candidates.count, workers: request.workers) { i in
            process(candidates[i], knownSha: knownShas[i], maxFileSize: limit, recorders: recorders,
                    parse: { counter.increment(); return try parse($0, $1) })
        }
        defer { pipeline.cancel() }
        let writer = DocumentWriter()
        let total = candidates.count
        // One transaction for the whole run: searches see the old index or the new one, never half of
        // one, and a run that fails (disk full) or is killed leaves the previous index as it was.
        try queue.writeWithoutTransaction { db in
            ConnectionFrequencies.attach(frequencies, to: db)
            defer { ConnectionFrequencies.detach(from: db) }
            try db.beginTransaction(.immediate)
            do {
                for (_, row) in gone {
                    try writer.deleteDocument(ofFile: row.id, in: db)
                    try db.execute(sql: "DELETE FROM files WHERE id = ?", arguments: [row.id])
                    summary.removed += 1
                }
                for (i, file) in candidates.enumerated() {
                    let outcome = pipeline.result(i)
                    let existing = known[file.path]
                    switch outcome {
                    case .sameContent(let sha):
                        try db.execute(sql: "UPDATE files SET size = ?, mtime = ?, sha256 = ? WHERE id = ?",
                                       arguments: [file.size, file.mtime, sha, existing?.id])
                        summary.touched += 1
                    case .parsed(let document, let sha):
                        let fileId = try storeFile(file, sha: sha, error: nil, existing: existing?.id, writer: writer, in: db)
                        summary.pairsWritten += try writer.insert(document, fileId: fileId, in: db)
                        if existing == nil { summary.new += 1 } else { summary.changed += 1 }
                    case .failed(let reason) where existing?.error == reason && existing?.size == file.size
                                                 && existing?.mtime == file.mtime:
                        summary.unchanged += 1
                    case .failed(let reason):
                        _ = try storeFile(file, sha: "", error: reason, existing: existing?.id, writer: writer, in: db)
                        summary.failed += 1
                        summary.failures.append(WalkProblem(path: file.path, reason: reason, isFailure: true))
                    }
                    request.progress?(IndexProgress(done: i + 1, total: total, elapsed: Date().timeIntervalSince(start)))
                }
                // The cases that this run's documents can touch (nothing when nothing changed).
                summary.cases = try CaseLinker.relink(in: db, changes: writer.changes)
                try db.execute(sql: "DELETE FROM roots")
                for root in request.roots {
                    try db.execute(sql: "INSERT OR IGNORE INTO roots(path) VALUES(?)", arguments: [root])
                }
                try Meta.set("updated_at", now(), in: db)
                try db.commit()
            } catch {
                try? db.rollback()
                throw error
            }
        }
        summary.parsed = counter.count
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Inserts or replaces the file row (removing its old document); returns its id.
    private static func storeFile(_ file: FoundFile, sha: String, error: String?, existing: Int64?,
                                  writer: DocumentWriter, indexedAt: String? = nil, in db: Database) throws -> Int64 {
        if let existing {
            try writer.deleteDocument(ofFile: existing, in: db)
            try db.cachedStatement(sql: """
                UPDATE files SET size = ?, mtime = ?, sha256 = ?, indexed_at = ?, error = ? WHERE id = ?
                """).execute(arguments: [file.size, file.mtime, sha, now(), error, existing])
            return existing
        }
        try db.cachedStatement(sql: """
            INSERT INTO files(path, size, mtime, sha256, indexed_at, error) VALUES(?,?,?,?,?,?)
            """).execute(arguments: [file.path, file.size, file.mtime, sha, indexedAt ?? now(), error])
        return db.lastInsertedRowID
    }

    // MARK: - Full rebuild

    private static func rebuild(_ request: IndexRequest, reason: String) throws -> IndexSummary {
        request.onRebuild?(reason)
        let start = Date()
        var summary = IndexSummary()
        summary.rebuildReason = reason
        let target = request.databasePath
        let directory = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw IndexError(.io, "cannot create \(directory): \(error.localizedDescription)")
        }
        let temp = "\(target).rebuild-\(getpid())"
        removeDatabaseFiles(temp)
        do {
            let found = walk(request, into: &summary)
            let firstIndexed = previousIndexTimes(target)
            try build(found, into: temp, request: request, firstIndexed: firstIndexed, summary: &summary)
            try swap(temp, over: target)
        } catch {
            removeDatabaseFiles(temp)
            if let error = error as? IndexError { throw error }
            let kept = FileManager.default.fileExists(atPath: target) ? "; the previous index is unchanged" : ""
            throw IndexError(.io, "rebuild failed: \(IndexDatabase.describe(error))\(kept)")
        }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// When each content (by SHA-256) was first indexed, from the index being replaced (empty when it
    /// cannot be read): a rebuild keeps these times, so that watches see as new only what is new.
    private static func previousIndexTimes(_ path: String) -> [String: String] {
        guard case .index = ExistingIndexFile.inspect(path),
              let queue = try? DatabaseQueue(path: path, configuration: IndexDatabase.configuration(readonly: true)) else { return [:] }
        defer { try? queue.close() }
        let rows = (try? queue.read { db in
            try Row.fetchAll(db, sql: "SELECT sha256, min(indexed_at) FROM files WHERE sha256 <> '' GROUP BY sha256")
        }) ?? []
        var times: [String: String] = [:]
        for row in rows { times[row[0]] = row[1] }
        return times
    }

    private static func build(_ found: [FoundFile], into temp: String, request: IndexRequest,
                              firstIndexed: [String: String] = [:], summary: inout IndexSummary) throws {
        let queue = try DatabaseQueue(path: temp, configuration: IndexDatabase.configuration())
        let counter = ParseCounter()
        let parse = request.parse
        let limit = request.maxFileSize
        // The parse threads record each text's terms (the index's own tokenizer only), once the
        // frequencies are known; only the full analysis splits compounds and so needs them counted.
        let (recorders, splitsCompounds): (TokenRecorders?, Bool) = switch request.benchmarkTokenizer {
        case nil, .dutch: (TokenRecorders(), true)
        case .dutchNoCompounds: (TokenRecorders(arguments: [DutchTokenizer.noCompoundsArgument]), false)
        case .unicode61: (nil, false)
        }
        defer { recorders?.start(with: .general) }  // never leave a parse thread waiting
        let pipeline = ParsePipeline<Outcome>(count: found.count, workers: request.workers) { i in
            process(found[i], knownSha: nil, maxFileSize: limit, recorders: recorders,
                    parse: { counter.increment(); return try parse($0, $1) })
        }
        defer { pipeline.cancel() }
        // The splitter's frequencies before the first document is written: every split of this index
        // depends on them. (The parsers start meanwhile, and load their word list at the same time.)
        if splitsCompounds { request.onPhase?("counting words in \(IndexSummary.grouped(found.count)) files") }
        let counts = splitsCompounds
            ? FrequencyScan.run(found, maxFileSize: request.maxFileSize, workers: request.workers) : nil
        let frequencies = counts?.frequencies ?? CompoundLexicon.general
        recorders?.start(with: frequencies)
        let writeStart = Date()  // the rate and time left count from here, not from the word count
        let writer = DocumentWriter()
        try queue.writeWithoutTransaction { db in
            ConnectionFrequencies.attach(frequencies, to: db)
            defer { ConnectionFrequencies.detach(from: db) }
            try db.execute(sql: "PRAGMA page_size = 16384")
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.beginTransaction(.exclusive)
            do {
                try Schema.create(in: db, bulk: true, tokenizer: request.benchmarkTokenizer)
                try WordFrequencyTable.write(frequencies, totalWords: counts?.totalWords ?? 0, in: db)
                for (i, file) in found.enumerated() {
                    switch pipeline.result(i) {
                    case .parsed(let document, let sha):
                        let fileId = try storeFile(file, sha: sha, error: nil, existing: nil, writer: writer,
                                                   indexedAt: firstIndexed[sha], in: db)
                        summary.pairsWritten += try writer.insert(document, fileId: fileId, in: db)
                        summary.new += 1
                    case .sameContent:
                        break  // cannot happen without a known hash
                    case .failed(let reason):
                        _ = try storeFile(file, sha: "", error: reason, existing: nil, writer: writer, in: db)
                        summary.failed += 1
                        summary.failures.append(WalkProblem(path: file.path, reason: reason, isFailure: true))
                    }
                    request.progress?(IndexProgress(done: i + 1, total: found.count, elapsed: Date().timeIntervalSince(writeStart)))
                }
                summary.cases = try CaseLinker.relink(in: db)
                try db.execute(sql: "INSERT INTO fts(fts) VALUES('optimize')")
                try Schema.liveSettings(in: db)
                for root in request.roots {
                    try db.execute(sql: "INSERT OR IGNORE INTO roots(path) VALUES(?)", arguments: [root])
                }
                try Meta.set("created_at", now(), in: db)
                try Meta.set("updated_at", now(), in: db)
                try db.commit()
            } catch {
                try? db.rollback()
                throw error
            }
            // `optimize` merges the load's segments into one and leaves their pages free (about 40% of
            // the file); VACUUM drops them (~5% of the build time). It copies page by page into a
            // second database that gets the same cache size: a small one for both keeps the copy off
            // the peak memory (the load's 64 MB were added a second time), at no cost in time.
            try db.execute(sql: "PRAGMA cache_size = -8192")
            try db.execute(sql: "VACUUM")
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        try queue.close()
        summary.parsed = counter.count
        try fsyncPath(temp)
    }

    /// Moves the finished `temp` over `target` atomically. The old file first leaves WAL mode (so no
    /// `-wal`/`-shm` of it can be mistaken for the new file's); searchers holding it keep reading it.
    private static func swap(_ temp: String, over target: String) throws {
        if case .damaged = ExistingIndexFile.inspect(target) {
            // Nothing can read the old file: its -wal/-shm must not be taken for the new file's.
            for suffix in ["-wal", "-shm"] { unlink(target + suffix) }
        } else if FileManager.default.fileExists(atPath: target) {
            try retireWAL(of: target)
        }
        guard rename(temp, target) == 0 else {
            throw IndexError(.io, "cannot move the new index into place: \(String(cString: strerror(errno)))")
        }
        try fsyncPath((target as NSString).deletingLastPathComponent)
    }

    private static func retireWAL(of path: String) throws {
        var config = IndexDatabase.configuration()
        config.busyMode = .timeout(0.2)
        let deadline = Date().addingTimeInterval(3)
        var lastError = "busy"
        repeat {
            do {
                let queue = try DatabaseQueue(path: path, configuration: config)
                let mode = try queue.writeWithoutTransaction { db in
                    try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
                }
                try queue.close()
                if mode?.lowercased() == "delete" { return }
            } catch {
                lastError = IndexDatabase.describe(error)
            }
            usleep(50_000)
        } while Date() < deadline
        // Readers never let go: an empty WAL is still safe to leave behind.
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            let row = try queue.writeWithoutTransaction { db in
                try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
            try queue.close()
            if let row, (row[0] as Int?) == 0, (row[1] as Int?) ?? 0 <= 0 { return }
        } catch {
            lastError = IndexDatabase.describe(error)
        }
        throw IndexError(.io, "cannot retire the old index (\(lastError)); it is still in use, try again")
    }

    private static func fsyncPath(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw IndexError(.io, "cannot open \(path) to sync: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw IndexError(.io, "fsync \(path) failed: \(String(cString: strerror(errno)))") }
    }

    private static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }

    /// Deletes `<db>.rebuild-<pid>` files left by indexers that died.
    private static func removeStaleRebuilds(of databasePath: String) {
        let directory = (databasePath as NSString).deletingLastPathComponent
        let prefix = (databasePath as NSString).lastPathComponent + ".rebuild-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let pidText = rest.prefix { $0.isNumber }
            guard let pid = Int32(pidText) else { continue }
            if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH {
                unlink(directory + "/" + name)
            }
        }
    }
}

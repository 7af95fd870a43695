import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// What lies at the index path before an index run, so that a damaged index can be replaced while a
/// file that is not ours (another program's database, a document given as `--db` by mistake) never is.
enum ExistingIndexFile: Equatable {
    case none
    /// Zero bytes, or a SQLite database without tables.
    case empty
    /// A kamervragen index (of this version or another).
    case index
    /// A SQLite file that cannot be read (truncated, corrupt), with SQLite's reason.
    case damaged(String)
    /// A readable SQLite database of another program.
    case foreign
    /// Not a SQLite file at all.
    case notDatabase

    static func inspect(_ path: String) -> ExistingIndexFile {
        var st = stat()
        guard stat(path, &st) == 0 else { return .none }
        if st.st_size == 0 { return .empty }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .damaged(String(cString: strerror(errno))) }
        let header = handle.readData(ofLength: 16)
        try? handle.close()
        guard header == Data("SQLite format 3\u{0}".utf8) else { return .notDatabase }
        do {
            let queue = try DatabaseQueue(path: path, configuration: IndexDatabase.configuration())
            defer { try? queue.close() }
            let tables = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
            if tables.isEmpty { return .empty }
            return tables.contains("meta") ? .index : .foreign
        } catch {
            return .damaged(IndexDatabase.describe(error))
        }
    }

    /// Why an index run must not touch this file, or nil. A damaged index may be replaced by `--rebuild`.
    func refusal(path: String, rebuild: Bool) -> IndexError? {
        switch self {
        case .notDatabase:
            return IndexError(.io, "\(path) is not an index file (no SQLite header); not replacing it: "
                              + "remove it or choose another --db")
        case .foreign:
            return IndexError(.io, "\(path) is not a kamervragen index but another program's database; "
                              + "not replacing it: remove it or choose another --db")
        case .damaged(let reason) where !rebuild:
            return IndexError(.io, "the index \(path) is damaged (\(reason)); `kamervragen index --rebuild` replaces it")
        default:
            return nil
        }
    }
}

import Foundation
import GRDB

/// Opens connections to index files, always with the analyser's tokenizer registered.
enum IndexDatabase {
    static func configuration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.label = "kamervragen-index"
        let profile = ProcessInfo.processInfo.environment["KAMERVRAGEN_PROFILE_SQL"] != nil
        config.prepareDatabase { db in
            IndexAnalyzer.register(in: db)
            RankFunction.register(in: db)
            StoredText.register(in: db)
            // Diagnostics: each statement and its duration on stderr.
            if profile { db.trace(options: .profile) { FileHandle.standardError.write(Data("\($0)\n".utf8)) } }
        }
        return config
    }

    /// Opens an existing index for reading and checks that this program can use it.
    static func openForReading(at path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else {
            throw IndexError(.missingIndex, "no index at \(path); run `kamervragen index` first")
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration())
        } catch {
            throw unreadable(path, error, "cannot open index")
        }
        let problem: String?
        do {
            problem = try queue.read { try Meta.incompatibility(in: $0) }
        } catch {
            throw unreadable(path, error, "cannot read index")
        }
        if let problem {
            if ExistingIndexFile.inspect(path) == .foreign {
                throw IndexError(.incompatibleIndex, "\(path) is not a kamervragen index but another program's database; choose another --db")
            }
            throw IndexError(.incompatibleIndex, "\(path): \(problem); run `kamervragen index --rebuild`")
        }
        return queue
    }

    /// Why the file at `path` cannot be read as an index, with the way out: a damaged index is replaced
    /// by `index --rebuild`; a file that is not SQLite at all is not ours to replace.
    static func unreadable(_ path: String, _ error: any Error, _ doing: String) -> IndexError {
        switch ExistingIndexFile.inspect(path) {
        case .notDatabase:
            return IndexError(.io, "\(path) is not an index file (\(describe(error))); choose another --db")
        case .damaged(let reason):
            return IndexError(.io, "the index \(path) is damaged (\(reason)); run `kamervragen index --rebuild`")
        default:
            return IndexError(.io, "\(doing) \(path): \(describe(error))")
        }
    }

    /// A short description of a database error, without SQL.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        if let error = error as? IndexError { return error.message }
        return "\(error)"
    }
}

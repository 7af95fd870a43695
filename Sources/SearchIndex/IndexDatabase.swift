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
        config.prepareDatabase { db in
            IndexAnalyzer.register(in: db)
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
            throw IndexError(.io, "cannot open index \(path): \(describe(error))")
        }
        let problem: String?
        do {
            problem = try queue.read { try Meta.incompatibility(in: $0) }
        } catch {
            throw IndexError(.io, "cannot read index \(path): \(describe(error))")
        }
        if let problem {
            throw IndexError(.incompatibleIndex, "\(path): \(problem); run `kamervragen index --rebuild`")
        }
        return queue
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

import Foundation
import XCTest

/// Runs the built `kamervragen` binary.
enum CLI {
    /// The package root, from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `kamervragen` binary beside the test bundle (same scratch folder), else the newest
    /// `.build*/debug/kamervragen` of the package.
    static let binary: String? = {
        let fm = FileManager.default
        var candidates: [String] = []
        let argv0 = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var dir = argv0.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("kamervragen").path)
            dir = dir.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("kamervragen").path)
        }
        if let first = candidates.first(where: { fm.isExecutableFile(atPath: $0) }) { return first }
        let builds = (try? fm.contentsOfDirectory(atPath: packageRoot.path))?.filter { $0.hasPrefix(".build") } ?? []
        let found = builds.map { packageRoot.path + "/" + $0 + "/debug/kamervragen" }.filter { fm.isExecutableFile(atPath: $0) }
        return found.max { modified($0) < modified($1) }
    }()

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
        var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    }

    /// Runs `kamervragen args…` in `directory` with a clean environment (no `KAMERVRAGEN_DB`, no colour
    /// settings) plus `environment`.
    static func run(_ args: [String], in directory: String, environment: [String: String] = [:],
                    input: Data? = nil) throws -> Result {
        let binary = try XCTUnwrap(CLI.binary, "kamervragen binary not built")
        return try runProcess(binary, args, in: directory, environment: environment, input: input)
    }

    /// Runs any program, as ``run(_:in:environment:)`` runs kamervragen.
    /// `input` is its standard input (none: `/dev/null`).
    static func runProcess(_ executable: String, _ args: [String], in directory: String = NSTemporaryDirectory(),
                           environment: [String: String] = [:], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        for key in ["KAMERVRAGEN_DB", "NO_COLOR", "TERM"] { env.removeValue(forKey: key) }
        env["XDG_DATA_HOME"] = directory + "/xdg"
        env.merge(environment) { $1 }
        process.environment = env
        let base = NSTemporaryDirectory() + "kv-cli-out-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer {
            for suffix in [".out", ".err", ".in"] { try? FileManager.default.removeItem(atPath: base + suffix) }
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        process.standardOutput = out
        process.standardError = err
        if let input {
            FileManager.default.createFile(atPath: base + ".in", contents: input)
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: base + ".in"))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try out.close(); try err.close()
        let outData = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let errData = FileManager.default.contents(atPath: base + ".err") ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A scratch folder with a `Corpus/` holding the repository's seed document.
final class ScratchRepo {
    let path: String
    static let seedName = "000_2b302af1f60f65a6.txt"

    /// A scratch folder with a `Corpus/` holding the user's sample only, or (`fullCorpus`) a copy of
    /// the whole bundled `Corpus/`.
    init(fullCorpus: Bool = false) throws {
        path = NSTemporaryDirectory() + "kv-cli-\(UUID().uuidString)"
        let corpus = CLI.packageRoot.appendingPathComponent("Corpus").path
        if fullCorpus {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: corpus, toPath: path + "/Corpus")
        } else {
            try FileManager.default.createDirectory(atPath: path + "/Corpus", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: corpus + "/" + ScratchRepo.seedName,
                                             toPath: path + "/Corpus/" + ScratchRepo.seedName)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func run(_ args: String..., environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(args, in: path, environment: environment)
    }

    func run(_ args: [String], input: Data? = nil) throws -> CLI.Result {
        try CLI.run(args, in: path, input: input)
    }
}

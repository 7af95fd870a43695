import Foundation

/// Runs a program without a shell, stdin and stdout closed, stderr to a file (no pipe to fill up), with a
/// time limit after which the process is killed. Used for `pdftotext`, `pdftoppm` and `tesseract`.
struct ExternalCommand {
    /// Why a command did not finish normally.
    enum Failure: Error {
        case notFound(String)
        case cannotRun(String)
        case timedOut
    }

    /// The executable named `name` on `$PATH`, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    var executable: String
    var arguments: [String]
    var timeout: Double
    /// Added to the inherited environment.
    var environment: [String: String] = [:]

    /// Runs the command (its output goes to files it is given, not to stdout); returns its exit status
    /// and what it wrote on stderr.
    func run() throws -> (status: Int32, stderr: String) {
        let errURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("kamervragen-\(UUID().uuidString).err")
        defer { try? FileManager.default.removeItem(at: errURL) }
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errURL)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do { try process.run() } catch { throw Failure.cannotRun(error.localizedDescription) }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if done.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = done.wait(timeout: .now() + 2)
            }
            throw Failure.timedOut
        }
        let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, err)
    }
}

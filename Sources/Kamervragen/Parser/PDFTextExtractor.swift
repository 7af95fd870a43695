import Foundation

/// Runs `pdftotext` (poppler-utils) without a shell, with a time limit, writing to a temporary file
/// (no pipe to fill up). Errors name the cause: not installed, encrypted, corrupt, timed out.
struct PDFTextExtractor {
    var timeout: Double

    /// `pdftotext` modes tried; see ``DocumentParser`` for how the better result is chosen.
    enum Mode: String, CaseIterable { case reading = "", raw = "-raw" }

    static func findExecutable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    func extract(path: String, mode: Mode) throws -> String {
        guard let exe = Self.findExecutable() else {
            throw ParseError(file: path, reason: "pdftotext not found: install poppler-utils")
        }
        let tmp = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let outURL = tmp.appendingPathComponent("kamervragen-\(id).txt")
        let errURL = tmp.appendingPathComponent("kamervragen-\(id).err")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        var args = ["-enc", "UTF-8"]
        if !mode.rawValue.isEmpty { args.append(mode.rawValue) }
        args += [path, outURL.path]
        process.arguments = args
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errURL)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do { try process.run() } catch {
            throw ParseError(file: path, reason: "cannot run pdftotext: \(error.localizedDescription)")
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if done.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = done.wait(timeout: .now() + 2)
            }
            throw ParseError(file: path, reason: "pdftotext took longer than \(Int(timeout)) s")
        }
        let status = process.terminationStatus
        if status != 0 {
            let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            let lower = err.lowercased()
            if status == 3 || lower.contains("password") || lower.contains("encrypt") {
                throw ParseError(file: path, reason: "PDF is encrypted")
            }
            let first = err.split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
            throw ParseError(file: path, reason: "corrupt or unreadable PDF (\(first))")
        }
        guard let data = FileManager.default.contents(atPath: outURL.path) else {
            throw ParseError(file: path, reason: "pdftotext produced no output")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

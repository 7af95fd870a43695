import Foundation

/// Runs `pdftotext` (poppler-utils) with a time limit, writing to a temporary file. Errors name the
/// cause: not installed, encrypted, corrupt, timed out.
struct PDFTextExtractor {
    var timeout: Double

    /// `pdftotext` modes tried; see ``DocumentParser`` for how the better result is chosen.
    enum Mode: String, CaseIterable { case reading = "", raw = "-raw" }

    static func findExecutable() -> String? { ExternalCommand.find("pdftotext") }

    func extract(path: String, mode: Mode) throws -> String {
        guard let exe = Self.findExecutable() else {
            throw ParseError(file: path, reason: "pdftotext not found: install poppler-utils")
        }
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("kamervragen-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: outURL) }
        var args = ["-enc", "UTF-8"]
        if !mode.rawValue.isEmpty { args.append(mode.rawValue) }
        args += [path, outURL.path]
        let (status, err): (Int32, String)
        do {
            (status, err) = try ExternalCommand(executable: exe, arguments: args, timeout: timeout).run()
        } catch ExternalCommand.Failure.timedOut {
            throw ParseError(file: path, reason: "pdftotext took longer than \(Int(timeout)) s")
        } catch {
            throw ParseError(file: path, reason: "cannot run pdftotext: \(error)")
        }
        if status != 0 {
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

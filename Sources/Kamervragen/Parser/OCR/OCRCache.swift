import Foundation

/// OCR text kept by the SHA-256 of the PDF's bytes (`<folder>/<sha>.txt`), so a nightly run or a rebuild
/// never recognises the same file twice. Written atomically (temporary file, then rename); a cache that
/// cannot be written costs only the time to recognise again.
struct OCRCache {
    var directory: String

    func text(for sha: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path(sha)) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    func store(_ text: String, for sha: String) {
        let fm = FileManager.default
        try? fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = "\(directory)/.\(sha).\(UUID().uuidString).tmp"
        guard fm.createFile(atPath: temporary, contents: Data(text.utf8)) else { return }
        if rename(temporary, path(sha)) != 0 { try? fm.removeItem(atPath: temporary) }
    }

    private func path(_ sha: String) -> String { "\(directory)/\(sha).txt" }
}

import Foundation

/// How scanned PDFs (no text layer) are read: by OCR with Tesseract's Dutch model, page by page through
/// `pdftoppm`, when the user asks for it (`index --ocr`, `KAMERVRAGEN_OCR=1`). Without these options a
/// scanned PDF fails with "no text layer (use --ocr)".
public struct OCROptions: Sendable {
    /// Folder of the OCR cache (text by the PDF's SHA-256), usually beside the index; nil: no cache.
    public var cacheDirectory: String?
    /// Tesseract's language model(s), `nld` (Debian `tesseract-ocr-nld`).
    public var language = "nld"
    /// Rendering resolution for `pdftoppm`.
    public var resolution = 300
    /// Time limit per page, for rendering and recognition together.
    public var secondsPerPage: Double = 120
    /// Pages and seconds of this process's OCR, for the run's summary.
    public let statistics = OCRStatistics()

    public init(cacheDirectory: String? = nil) { self.cacheDirectory = cacheDirectory }

    /// Whether the environment asks for OCR (`KAMERVRAGEN_OCR=1`, `true` or `yes`).
    public static func requested(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard let value = environment["KAMERVRAGEN_OCR"]?.lowercased() else { return false }
        return ["1", "true", "yes", "on"].contains(value)
    }
}

/// Counts of OCR work, shared by the parse threads.
public final class OCRStatistics: @unchecked Sendable {
    private let lock = NSLock()
    private var recognized = (files: 0, pages: 0, seconds: 0.0)
    private var cached = 0

    func add(pages: Int, seconds: Double) {
        lock.lock(); defer { lock.unlock() }
        recognized.files += 1; recognized.pages += pages; recognized.seconds += seconds
    }

    func addCacheHit() { lock.lock(); cached += 1; lock.unlock() }

    /// Files and pages recognised, the seconds it took (summed over threads), and files read from the cache.
    public var snapshot: (files: Int, pages: Int, seconds: Double, cachedFiles: Int) {
        lock.lock(); defer { lock.unlock() }
        return (recognized.files, recognized.pages, recognized.seconds, cached)
    }

    /// One line for the run's summary, or nil when no scanned PDF was met.
    public var summaryLine: String? {
        let s = snapshot
        guard s.files + s.cachedFiles > 0 else { return nil }
        var parts: [String] = []
        if s.files > 0 {
            let rate = s.seconds > 0 ? Double(s.pages) / s.seconds : 0
            parts.append("OCR: \(s.pages) page\(s.pages == 1 ? "" : "s") of \(s.files) scanned PDF\(s.files == 1 ? "" : "s") in "
                         + String(format: "%.1f s (%.2f pages/s per thread)", s.seconds, rate))
        }
        if s.cachedFiles > 0 {
            parts.append("\(s.cachedFiles) scanned PDF\(s.cachedFiles == 1 ? "" : "s") from the OCR cache")
        }
        return parts.joined(separator: "; ")
    }
}

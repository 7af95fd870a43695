import Foundation
import Kamervragen
import SearchIndex

/// Runs an index job with the terminal behaviour of `kamervragen index`: progress on a terminal,
/// otherwise one summary line; one stderr line per failed file.
struct IndexRunner {
    var databasePath: String
    var roots: [String]
    var rebuild = false
    var wait: Double = 30
    var showProgress = false
    var quiet = false
    /// Say why the whole index is being built (off when the caller already said so).
    var announceRebuild = true
    /// Benchmarks only: see ``IndexRequest/benchmarkTokenizer``.
    var benchmarkTokenizer: TokenizerBenchmark.Tokenizer?
    /// OCR of scanned PDFs (`--ocr` or `KAMERVRAGEN_OCR=1`), cached beside the index; nil: refused.
    var ocr: OCROptions?

    /// OCR options for the index at `databasePath` when `flag` or the environment asks for OCR.
    static func ocrOptions(flag: Bool, databasePath: String) -> OCROptions? {
        guard flag || OCROptions.requested() else { return nil }
        return OCROptions(cacheDirectory: IndexLocation.ocrCacheDirectory(forIndex: databasePath))
    }

    /// Runs the job; returns the summary or throws ``IndexError``.
    func run() throws -> IndexSummary {
        var request = IndexRequest(databasePath: databasePath, roots: roots, rebuild: rebuild)
        request.wait = wait
        request.benchmarkTokenizer = benchmarkTokenizer
        if let ocr {
            var options = ParseOptions()
            options.ocr = ocr
            request.parse = { [options] path, data in try DocumentParser(options: options).parse(contents: data, path: path) }
        }
        let meter = ProgressMeter(enabled: showProgress)
        request.progress = { meter.update($0) }
        request.onPhase = { meter.phase($0) }
        let quiet = self.quiet, announce = announceRebuild
        request.onRebuild = { reason in
            guard announce else { return }
            if !quiet || !reason.hasPrefix("rebuilding the index (--rebuild)") { Output.error(reason) }
        }
        let summary = try Indexer.run(request)
        meter.finish()
        for problem in summary.warnings { Output.error("\(problem.path): \(problem.reason)") }
        // Without pdftotext every PDF fails alike: one line for the run, not one per file.
        let noPDF = summary.failures.filter { $0.reason.hasPrefix("pdftotext not found") }
        for problem in summary.failures where !problem.reason.hasPrefix("pdftotext not found") {
            Output.error("\(problem.path): \(problem.reason)")
        }
        if !noPDF.isEmpty {
            Output.error("install poppler-utils to index PDFs: \(IndexSummary.grouped(noPDF.count)) file\(noPDF.count == 1 ? "" : "s") skipped")
        }
        if !quiet, let line = ocr?.statistics.summaryLine { Output.stderr(line + "\n") }
        if !quiet { Output.stderr(summary.line + "\n") }
        return summary
    }
}

/// A one-line progress display on stderr: files done, rate, time left.
final class ProgressMeter {
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ progress: IndexProgress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || progress.done == progress.total else { return }
        lastDraw = now
        let rate = progress.elapsed > 0 ? Double(progress.done) / progress.elapsed : 0
        let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        let line = String(format: "indexing %@/%@ files, %.0f files/s, %.0f s left",
                          IndexSummary.grouped(progress.done), IndexSummary.grouped(progress.total), rate, left)
        Output.stderr("\r\u{1B}[K" + line)
        drawn = true
    }

    /// Shows a step that has no per-file progress (replaced by the next update).
    func phase(_ text: String) {
        guard enabled else { return }
        Output.stderr("\r\u{1B}[K" + text + "…")
        drawn = true
    }

    func finish() {
        if drawn { Output.stderr("\r\u{1B}[K") }
    }
}

/// First run of `search` or `similar`: no index at the default location but a `Corpus/` folder here →
/// build it, saying so.
func ensureIndex(_ location: IndexLocation) throws {
    guard !FileManager.default.fileExists(atPath: location.path) else { return }
    guard location.source != .option, let corpus = IndexLocation.defaultCorpus() else {
        throw failure("no index at \(location.path); run `kamervragen index FOLDER` first")
    }
    Output.error("no index yet: building \(displayPath(location.path)) from \(displayPath(corpus))/")
    var runner = IndexRunner(databasePath: location.path, roots: [corpus], showProgress: Terminal.isTTY(2),
                             quiet: false, announceRebuild: false)
    runner.ocr = IndexRunner.ocrOptions(flag: false, databasePath: location.path)
    _ = try reportingErrors { try runner.run() }
}

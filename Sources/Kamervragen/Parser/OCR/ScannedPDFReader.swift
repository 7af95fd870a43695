import Foundation

/// Reads a scanned PDF by OCR: `pdftoppm` renders each page to a grey PNG, then one `tesseract` process
/// recognises them all with the Dutch model (pages separated by form feeds, as `pdftotext` does, so page
/// furniture is found the same way). The text is cached by the PDF's hash (``OCRCache``).
struct ScannedPDFReader {
    var options: OCROptions

    /// The OCR text of the PDF at `path` whose bytes are `data`.
    func read(path: String, data: Data, pages: Int) throws -> String {
        let cache = options.cacheDirectory.map { (OCRCache(directory: $0), SHA256.hex(data)) }
        if let (cache, sha) = cache, let text = cache.text(for: sha) {
            options.statistics.addCacheHit()
            return text
        }
        let started = Date()
        let (text, recognizedPages) = try recognize(path: path, pages: pages)
        options.statistics.add(pages: recognizedPages, seconds: Date().timeIntervalSince(started))
        if let (cache, sha) = cache { cache.store(text, for: sha) }
        return text
    }

    private func recognize(path: String, pages: Int) throws -> (String, Int) {
        guard let pdftoppm = ExternalCommand.find("pdftoppm") else {
            throw ParseError(file: path, reason: "pdftoppm not found: install poppler-utils to read scanned PDFs")
        }
        guard let tesseract = ExternalCommand.find("tesseract") else {
            throw ParseError(file: path, reason: "tesseract not found: install tesseract-ocr-nld to read scanned PDFs (--ocr)")
        }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("kamervragen-ocr-\(UUID().uuidString)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let timeout = options.secondsPerPage * Double(max(1, pages))

        let render = ExternalCommand(executable: pdftoppm,
                                     arguments: ["-r", String(options.resolution), "-gray", "-png", path, work.path + "/page"],
                                     timeout: timeout)
        try check(render, tool: "pdftoppm", path: path)
        let images = ((try? fm.contentsOfDirectory(atPath: work.path)) ?? [])
            .filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }
            .sorted { pageNumber($0) < pageNumber($1) }
        guard !images.isEmpty else { throw ParseError(file: path, reason: "pdftoppm rendered no pages") }
        let list = work.appendingPathComponent("pages.txt")
        try images.map { work.path + "/" + $0 }.joined(separator: "\n").appending("\n")
            .write(to: list, atomically: true, encoding: .utf8)

        // One thread per tesseract: the index already parses one file per core.
        let recognise = ExternalCommand(executable: tesseract,
                                        arguments: [list.path, work.path + "/text", "-l", options.language],
                                        timeout: timeout, environment: ["OMP_THREAD_LIMIT": "1"])
        try check(recognise, tool: "tesseract", path: path)
        guard let data = fm.contents(atPath: work.path + "/text.txt") else {
            throw ParseError(file: path, reason: "tesseract produced no text")
        }
        return (String(decoding: data, as: UTF8.self), images.count)
    }

    private func check(_ command: ExternalCommand, tool: String, path: String) throws {
        let status: Int32, err: String
        do {
            (status, err) = try command.run()
        } catch ExternalCommand.Failure.timedOut {
            throw ParseError(file: path, reason: "\(tool) took longer than \(Int(command.timeout)) s")
        } catch {
            throw ParseError(file: path, reason: "cannot run \(tool): \(error)")
        }
        guard status == 0 else {
            let first = err.split(separator: "\n").first(where: { !$0.hasPrefix("Estimating") && !$0.hasPrefix("Tesseract") })
            var reason = "\(tool) failed (\(first.map(String.init) ?? "exit status \(status)"))"
            if tool == "tesseract", err.contains("Failed loading language") {
                reason = "tesseract has no '\(options.language)' model: install tesseract-ocr-\(options.language)"
            }
            throw ParseError(file: path, reason: reason)
        }
    }

    /// `page-07.png` → 7.
    private func pageNumber(_ name: String) -> Int {
        Int(name.dropFirst(5).prefix { $0.isNumber }) ?? 0
    }
}

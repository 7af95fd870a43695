import ArgumentParser
import Foundation
import SearchIndex

/// `kamervragen index [FOLDER ...]`: builds or updates the index.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index folders of Kamervragen documents (.txt, .pdf, .html, .docx, .odt).",
        discussion: """
            Incremental: new and changed files are (re)indexed, deleted files removed, unchanged files not \
            read. The index mirrors the folders given; without folders it re-uses the ones it remembers, \
            else ./Corpus. --rebuild builds a new index beside the old one and swaps it in atomically. \
            Scanned PDFs (no text layer) fail unless --ocr is given; their OCR text is cached beside the \
            index, so no file is recognised twice. Files that failed are tried again on the next run.
            Exit status: 0 all good, 2 error, 3 finished but some files failed (listed on stderr), 64 usage.
            """)

    @Argument(help: "Folders (or files) to index.")
    var folders: [String] = []

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Build a fresh index beside the old one and swap it in.")
    var rebuild = false

    @Flag(name: .shortAndLong, help: "No summary line (errors are still reported).")
    var quiet = false

    @Option(help: "Progress display on stderr: auto (on a terminal), always, never.")
    var progress: ProgressChoice = .auto

    @Option(help: ArgumentHelp("Seconds to wait for another running indexer.", valueName: "seconds"))
    var wait: Double = 30

    @Flag(help: ArgumentHelp("Read scanned PDFs (no text layer) by OCR: tesseract-ocr-nld. Also KAMERVRAGEN_OCR=1."))
    var ocr = false

    @Flag(help: "Only merge the full-text index into one segment (for the nightly job).")
    var optimize = false

    @Flag(help: .hidden)
    var check = false

    /// Benchmarks only (`scripts/bench-index-tokenizer`): rebuild with unicode61, dutch or
    /// dutch-nocompounds as the FTS5 tokenizer; search refuses such an index.
    @Option(help: .hidden)
    var benchTokenizer: TokenizerBenchmark.Tokenizer?

    func validate() throws {
        if wait < 0 { throw ValidationError("--wait must be 0 or more seconds") }
        if (optimize || check) && (rebuild || !folders.isEmpty) {
            throw ValidationError("--optimize and --check take no folders and no --rebuild")
        }
        if benchTokenizer != nil && !rebuild { throw ValidationError("--bench-tokenizer needs --rebuild") }
    }

    func run() throws {
        Output.ignoreSigpipe()
        let location = database.location
        if check { return try runCheck(location.path) }
        if optimize {
            try reportingErrors { try Indexer.optimize(databasePath: location.path, wait: wait) }
            return
        }
        let cwd = FileManager.default.currentDirectoryPath
        var roots = folders.map { IndexLocation.absolute($0, in: cwd) }
        for root in roots where !FileManager.default.fileExists(atPath: root) {
            throw failure("\(root): no such file or folder")
        }
        if roots.isEmpty && Indexer.storedRoots(databasePath: location.path).isEmpty {
            guard let corpus = IndexLocation.defaultCorpus(in: cwd) else {
                throw failure("no folder given, none remembered in \(location.path), and no ./Corpus here; "
                              + "usage: kamervragen index FOLDER", code: ExitStatus.usage)
            }
            roots = [corpus]
        }
        var runner = IndexRunner(databasePath: location.path, roots: roots, rebuild: rebuild, wait: wait,
                                 showProgress: progress.enabled, quiet: quiet)
        runner.benchmarkTokenizer = benchTokenizer
        runner.ocr = IndexRunner.ocrOptions(flag: ocr, databasePath: location.path)
        let summary = try reportingErrors { try runner.run() }
        if summary.failed > 0 { throw ExitCode(ExitStatus.partial) }
    }

    private func runCheck(_ path: String) throws {
        let problems = try reportingErrors { try IndexCheck.run(databasePath: path) }
        if problems.isEmpty {
            Output.line("ok")
        } else {
            for problem in problems { Output.error(problem) }
            throw ExitCode(ExitStatus.error)
        }
    }
}

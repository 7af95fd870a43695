import ArgumentParser
import Foundation
import SearchIndex

/// `kamervragen similar [TEXT | --file F | --pair FILE#N]`: the indexed pairs most alike a text or a pair.
struct Similar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Earlier questions like this one, and how they were answered; most alike first.",
        discussion: """
            Give a text (arguments; --file F; or standard input when there is no argument or it is -), or \
            a pair of the index (--pair FILE#N or DOCUMENT_ID#N, as search shows it). The pair itself and \
            the other pairs of its question set are left out. A text is cut to its first \
            \(SimilarRequest.defaultMaxWords) words. Shared terms are highlighted on a terminal.
            Exit status: 0 similar pairs found, 1 none, 2 error (nothing to compare, unknown pair, \
            missing index), 64 usage.
            """)

    @Argument(help: "The text (several arguments are joined with spaces; - or none: standard input).")
    var text: [String] = []

    @Option(help: ArgumentHelp("Read the text from this file.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("A pair of the index: FILE#N (a path or unique file name) or DOCUMENT_ID#N.",
                               valueName: "pair"))
    var pair: String?

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "JSON Lines: one object per hit (search's fields, with similarity and shared_terms), then a summary.")
    var json = false

    @Option(help: "Hits to show.")
    var limit = 10

    @Option(help: "Hits to skip.")
    var offset = 0

    @OptionGroup var filterOptions: SearchFilterOptions

    @Option(help: "Colour: auto (terminal, unless NO_COLOR), always, never.")
    var color: ColorChoice = .auto

    /// Benchmarks: run the comparison this many times in one process (after one warm-up run).
    @Option(name: .customLong("repeat"), help: .hidden)
    var repetitions = 1

    /// Benchmarks: print the in-process time of each run as one JSON line on stderr.
    @Flag(help: .hidden)
    var timing = false

    /// Evaluation (`scripts/similar-eval`): the share of pairs above which a term is furniture.
    @Option(name: .customLong("max-share"), help: .hidden)
    var maxShare: Double?

    /// Evaluation: terms compared at most.
    @Option(name: .customLong("max-terms"), help: .hidden)
    var maxTerms: Int?

    /// Evaluation: weights of question, answer and subject, `0.6,0.3,0.1`.
    @Option(name: .customLong("field-weights"), help: .hidden)
    var fieldWeights: String?

    /// Evaluation: weight of a candidate's unshared words in its length.
    @Option(name: .customLong("other-weight"), help: .hidden)
    var otherWeight: Double?

    func validate() throws {
        let sources = [!text.isEmpty && text != ["-"], file != nil, pair != nil].filter { $0 }.count
        if sources > 1 { throw ValidationError("give one of: a text, --file or --pair") }
        if filterOptions.exact { throw ValidationError("--exact does not apply to similar: it compares stems") }
        if !(0...1_000).contains(limit) { throw ValidationError("--limit must be between 0 and 1000") }
        if !(0...10_000).contains(offset) { throw ValidationError("--offset must be between 0 and 10000") }
        if !(1...100_000).contains(repetitions) { throw ValidationError("--repeat must be between 1 and 100000") }
        if pair == nil, file == nil, text.isEmpty || text == ["-"], Terminal.isTTY(0) {
            throw ValidationError("give a text, --file F or --pair FILE#N (or pipe the text in)")
        }
    }

    func run() throws {
        Output.ignoreSigpipe()
        let location = database.location
        try ensureIndex(location)
        let path = location.path
        var request = SimilarRequest(source: try source(path))
        request.limit = limit
        request.offset = offset
        request.filters = filterOptions.filters
        if let maxShare { request.maxDocumentShare = maxShare }
        if let maxTerms { request.maxTerms = maxTerms }
        if let otherWeight { request.otherTermWeight = otherWeight }
        if let weights = fieldWeights?.split(separator: ",").compactMap({ Double($0) }), weights.count == 3 {
            request.fieldWeights = (weights[0], weights[1], weights[2])
        }
        let result = try reportingErrors { () throws -> SimilarResult in
            let finder = try SimilarQuestions(databasePath: path)
            guard timing || repetitions > 1 else { return try finder.find(request) }
            let timed = try SearchTiming.measure(runs: repetitions) { try finder.find(request) }
            if timing { Output.stderr(timed.json + "\n") }
            return timed.result
        }
        if result.wordsLeftOut > 0 {
            Output.error("the text is long: compared its first \(IndexSummary.grouped(result.words)) words, "
                         + "left out the other \(IndexSummary.grouped(result.wordsLeftOut))")
        }
        if json {
            for hit in result.hits { Output.json(SimilarJSON.hit(hit)) }
            Output.json(SimilarJSON.summary(result, request: request))
        } else {
            SearchPrinter(colored: color.enabled).print(result, request: request)
        }
        if result.hits.isEmpty && result.total == 0 { throw ExitCode(ExitStatus.notFound) }
    }

    /// The source: the pair named by `--pair`, the file's text, the arguments, or standard input.
    private func source(_ path: String) throws -> SimilarSource {
        if let pair {
            guard let hash = pair.lastIndex(of: "#"), let n = Int(pair[pair.index(after: hash)...]), n > 0,
                  hash > pair.startIndex else {
                throw failure("--pair \(pair): give FILE#N or DOCUMENT_ID#N, as search shows it (FILE #N)", code: ExitStatus.usage)
            }
            let reference = String(pair[..<hash]).trimmingCharacters(in: .whitespaces)
            let found = try reportingErrors { try DocumentStore(databasePath: path).document(reference) }
            guard let doc = found else { throw failure("--pair \(pair): \(reference) is not in the index \(path)") }
            guard doc.pairs.contains(where: { $0.position == n }) else {
                throw failure("--pair \(pair): \(reference) has no pair \(n) (it has \(doc.pairs.count))")
            }
            return .pair(documentId: doc.id, position: n)
        }
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw failure("\(file): cannot read the file") }
            return .text(String(decoding: data, as: UTF8.self))
        }
        if !text.isEmpty, text != ["-"] { return .text(text.joined(separator: " ")) }
        return .text(String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self))
    }
}

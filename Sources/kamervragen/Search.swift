import ArgumentParser
import Foundation
import Kamervragen
import SearchIndex

extension DocumentKind: ExpressibleByArgument {}
extension SearchSort: ExpressibleByArgument {}
extension TokenizerBenchmark.Tokenizer: ExpressibleByArgument {}

/// `kamervragen search QUERY...`: ranked question/answer pairs.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index; best question/answer pairs first.",
        discussion: """
            Query language: words (all must match), "a phrase", prefix*, a OR b, -excluded, =exact. \
            Pairs holding every word come first; when too few do, pairs holding some follow, and the \
            output says so. Highlights are coloured on a terminal; piped output is plain text.
            Exit status: 0 hits, 1 no hits, 2 error (missing or incompatible index, bad query), 64 usage.
            """)

    /// Unrecognised arguments are query text too, so `search gemeenten -motie` excludes `motie`;
    /// `--anything` unknown is still a usage error (see `validate`).
    @Argument(parsing: .allUnrecognized, help: "The query (several arguments are joined with spaces).")
    var query: [String] = []

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "JSON Lines: one object per hit, then a summary object.")
    var json = false

    @Option(help: "Hits to show.")
    var limit = 10

    @Option(help: "Hits to skip.")
    var offset = 0

    @Option(help: "relevance or date (newest first).")
    var sort: SearchSort = .relevance

    @OptionGroup var filterOptions: SearchFilterOptions

    @Option(help: "Colour: auto (terminal, unless NO_COLOR), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Pass the query to SQLite FTS5 as written (expert syntax).")
    var raw = false

    /// Benchmarks: run the search this many times in one process (after one warm-up run).
    @Option(name: .customLong("repeat"), help: .hidden)
    var repetitions = 1

    /// Benchmarks: print the in-process time of each run as one JSON line on stderr.
    @Flag(help: .hidden)
    var timing = false

    func validate() throws {
        if query.isEmpty { throw ValidationError("give a query, e.g. kamervragen search versterkingsgelden") }
        if let option = query.first(where: { $0.hasPrefix("--") && $0.count > 2 && !$0.contains(where: \.isWhitespace) }) {
            throw ValidationError("unknown option '\(option)'")
        }
        if !(0...10_000).contains(limit) { throw ValidationError("--limit must be between 0 and 10000") }
        if !(1...100_000).contains(repetitions) { throw ValidationError("--repeat must be between 1 and 100000") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
    }

    func run() throws {
        Output.ignoreSigpipe()
        let location = database.location
        try ensureIndex(location)
        var request = SearchRequest(query: query.joined(separator: " "))
        request.exact = filterOptions.exact
        request.limit = limit
        request.offset = offset
        request.sort = sort
        request.raw = raw
        request.filters = filterOptions.filters
        let result = try reportingErrors { () throws -> SearchResult in
            let searcher = try Searcher(databasePath: location.path)
            guard timing || repetitions > 1 else { return try searcher.search(request) }
            let timed = try SearchTiming.measure(runs: repetitions) { try searcher.search(request) }
            if timing { Output.stderr(timed.json + "\n") }
            return timed.result
        }
        if json {
            SearchPrinter.printJSON(result, request: request)
        } else {
            SearchPrinter(colored: color.enabled).print(result, request: request)
        }
        if result.total + result.partialTotal == 0 { throw ExitCode(ExitStatus.notFound) }
    }
}

extension AnswerTimes.Grouping: ExpressibleByArgument {}

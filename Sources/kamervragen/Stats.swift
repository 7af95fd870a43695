import ArgumentParser
import Foundation
import SearchIndex

/// `kamervragen stats`: what the index holds, and how it was built.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts of the index: documents by kind and year, pairs, parties, askers; the analyser.",
        discussion: "Exit status: 0, or 2 when there is no usable index.")

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        Output.ignoreSigpipe()
        let stats = try reportingErrors { try IndexStatistics.read(databasePath: database.location.path) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(stats)) ?? Data("{}".utf8)
            Output.line(String(decoding: data, as: UTF8.self))
            return
        }
        let g = IndexSummary.grouped
        Output.line("index:      \(stats.path) (\(g(Int(stats.bytes / 1024))) KiB, schema \(stats.schemaVersion))")
        if let updated = stats.updatedAt { Output.line("updated:    \(updated)") }
        Output.line("folders:    " + stats.roots.joined(separator: ", "))
        Output.line("files:      \(g(stats.files))" + (stats.failedFiles > 0 ? " (\(g(stats.failedFiles)) failed to parse)" : ""))
        Output.line("documents:  \(g(stats.documents))")
        for (kind, n) in stats.documentsByKind.sorted(by: { $0.key < $1.key }) {
            Output.line("  \(kind.padding(toLength: 10, withPad: " ", startingAt: 0)) \(g(n))")
        }
        Output.line("by year:")
        for (year, n) in stats.documentsByYear.sorted(by: { $0.key < $1.key }) {
            Output.line("  \(year.padding(toLength: 10, withPad: " ", startingAt: 0)) \(g(n))")
        }
        Output.line("pairs:      \(g(stats.pairs)) (\(g(stats.unansweredPairs)) without an answer)")
        Output.line("footnotes:  \(g(stats.footnotes))")
        Output.line("askers:     \(g(stats.askers))")
        Output.line("parties:    \(g(stats.parties.count))"
            + (stats.parties.isEmpty ? "" : ": " + stats.parties.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        Output.line("compounds:  split with the frequencies of \(g(stats.countedWords)) words counted at the last rebuild"
            + " (\(g(stats.collectionFrequencies)) words of the list found in the collection)")
        Output.line("analyser:")
        for (key, value) in stats.analyzer.sorted(by: { $0.key < $1.key }) {
            Output.line("  \(key) = \(value)")
        }
    }
}

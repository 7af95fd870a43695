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

    @Flag(name: .customLong("answer-time"), help: "Answer times of the answered question sets, per group.")
    var answerTime = false

    @Option(help: "With --answer-time: group by year, party or minister.")
    var by: AnswerTimes.Grouping = .year

    @Flag(help: "With --answer-time: CSV with a header row.")
    var csv = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if csv && !answerTime { throw ValidationError("--csv goes with --answer-time") }
        if csv && json { throw ValidationError("give --json or --csv, not both") }
    }

    func run() throws {
        Output.ignoreSigpipe()
        if answerTime { return try printAnswerTimes() }
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

    /// `stats --answer-time`: per group the number of sets, the median and 90th percentile of the days
    /// to answer, and the share answered within three weeks, with a bar of the median.
    private func printAnswerTimes() throws {
        let entries = try reportingErrors { try CaseStore(databasePath: database.location.path).answered() }
        let groups = AnswerTimes.groups(entries, by: by)
        if json {
            for g in groups {
                Output.json(["type": "group", "by": by.rawValue, "name": g.name, "sets": g.sets, "median_days": g.median,
                             "p90_days": g.p90, "within_three_weeks": g.withinTerm])
            }
            Output.json(["type": "summary", "by": by.rawValue, "groups": groups.count, "sets": entries.count])
            return
        }
        if csv {
            Output.line("\(by.rawValue),sets,median_days,p90_days,within_three_weeks")
            for g in groups {
                Output.line([CasePrinter.csvField(g.name), "\(g.sets)", String(format: "%.1f", g.median),
                             String(format: "%.1f", g.p90), String(format: "%.3f", g.withinTerm)].joined(separator: ","))
            }
            return
        }
        let width = min(40, max(by.rawValue.count, groups.map(\.name.count).max() ?? 0))
        let longest = max(1, groups.map(\.median).max() ?? 1)
        Output.line(by.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            + "   sets  median    p90  ≤ 3 weeks")
        for g in groups {
            let name = String(g.name.prefix(width)).padding(toLength: width, withPad: " ", startingAt: 0)
            let bar = String(repeating: "█", count: max(1, Int((g.median / longest * 30).rounded())))
            Output.line(name + String(format: " %6d %7.0f %6.0f %9.0f%%  ", g.sets, g.median, g.p90, g.withinTerm * 100) + bar)
        }
        Output.line("\(IndexSummary.grouped(entries.count)) answered sets with known dates; days from submitted to received")
    }
}

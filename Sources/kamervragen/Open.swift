import ArgumentParser
import Foundation
import SearchIndex

/// `kamervragen open`: the question sets still waiting for an answer, oldest first.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "List the question sets without an answer, oldest first, with the days they have waited.",
        discussion: """
            A set is open when no answers document is known for it, delayed when a notice of delay \
            (Mededeling) is. The Rules of Procedure give three weeks for an answer, and three more after a \
            notice: sets past that are marked. Exit status: 0, or 2 when there is no usable index.
            """)

    @Option(help: "Asked by a member of this party (PvdA = P.v.d.A. = pvda).")
    var party: String?

    @Option(help: "Asked by this member (part of the name).")
    var asker: String?

    @Option(help: "Addressed to, or answered by, this minister or ministry (part of the name).")
    var minister: String?

    @Option(name: .customLong("older-than"), help: ArgumentHelp("Only sets waiting more than this many days.", valueName: "days"))
    var olderThan: Int?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Count the days up to this date (default: today).", valueName: "date"))
    var asOf: String?

    @Flag(help: "JSON Lines: one object per set, then a summary object.")
    var json = false

    @Flag(help: "CSV with a header row, for spreadsheets.")
    var csv = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if json && csv { throw ValidationError("give --json or --csv, not both") }
        if let asOf, !ISOFormatCheck.isDate(asOf) { throw ValidationError("--as-of takes a date YYYY-MM-DD") }
        if let olderThan, olderThan < 0 { throw ValidationError("--older-than must be 0 or more") }
    }

    func run() throws {
        Output.ignoreSigpipe()
        let today = asOf ?? Today.iso
        let filter = CaseStore.Filter(party: party, asker: asker, minister: minister)
        var entries = try reportingErrors { try CaseStore(databasePath: database.location.path).open(filter) }
        if let olderThan { entries = entries.filter { ($0.info.daysWaiting(on: today) ?? 0) > olderThan } }
        let overdue = entries.filter { $0.info.isOverdue(on: today) }.count
        if json {
            for e in entries { Output.json(CasePrinter.json(e, today: today)) }
            Output.json(["type": "summary", "open": entries.count, "overdue": overdue, "as_of": today])
        } else if csv {
            CasePrinter.csvOpen(entries, today: today)
        } else {
            for e in entries { Output.write(CasePrinter.text(e, today: today)) }
            Output.line("\(IndexSummary.grouped(entries.count)) set\(entries.count == 1 ? "" : "s") without an answer"
                + " (\(IndexSummary.grouped(overdue)) past the term) on \(today)")
        }
    }
}

import ArgumentParser
import Foundation
import SearchIndex

/// `kamervragen watch …`: saved searches and followed question sets, reported when something is new.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Saved searches and followed question sets: what is new since the last run.",
        discussion: """
            Watches live beside the index (index.watches.sqlite) and survive rebuilds. `watch run` prints \
            only when something is new, which suits cron: it mails non-empty output. Exit status: 0, 2 on \
            an error (unknown or duplicate name, a query with nothing to search for, an unwritable folder).
            """,
        subcommands: [Add.self, List.self, Remove.self, ShowWatch.self, Run.self, Feed.self])

    /// Opens the watch file of the index (`create` false: a missing file is an empty store).
    static func store(_ database: DatabaseOptions, create: Bool = true) throws -> WatchStore {
        try reportingErrors { try WatchStore(indexPath: database.location.path, create: create) }
    }

    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a watch: a search (query and filters, as `search` takes them) or a question set.")

        @Argument(help: "The watch's name: letters, digits, '.', '_' or '-'.")
        var name: String

        @Argument(parsing: .allUnrecognized, help: "The query (several arguments are joined with spaces).")
        var query: [String] = []

        @OptionGroup var filterOptions: SearchFilterOptions

        @Option(name: .customLong("case"), help: ArgumentHelp("Follow the question set of this file or document id.", valueName: "file|id"))
        var followCase: String?

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard !name.isEmpty, name.count <= 100, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }),
                  name.first != "." else {
                throw ValidationError("a watch name takes letters, digits, '.', '_' and '-' (not first '.')")
            }
            if let option = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
                throw ValidationError("unknown option '\(option)'")
            }
            if followCase == nil, query.isEmpty { throw ValidationError("give a query, or --case FILE|ID") }
            if followCase != nil, !query.isEmpty { throw ValidationError("give a query or --case, not both") }
        }

        func run() throws {
            let path = database.location.path
            let store = try WatchCommand.store(database)
            if try reportingErrors({ try store.watch(named: name) }) != nil {
                throw failure("a watch named '\(name)' exists already (watch remove it first)")
            }
            let target: Watch.Target
            if let followCase {
                guard let doc = try reportingErrors({ try DocumentStore(databasePath: path).document(followCase) }) else {
                    throw failure("\(followCase): not in the index \(path)")
                }
                guard let info = try reportingErrors({ try CaseStore(databasePath: path).caseOf(document: doc.id) }) else {
                    throw failure("\(followCase) is not a Kamervragen document: no question set to follow")
                }
                target = .followCase(key: info.key)
            } else {
                target = .search(query: query.joined(separator: " "), exact: filterOptions.exact, filters: filterOptions.filters)
            }
            let seen = try reportingErrors { try WatchRunner(indexPath: path, store: store).baseline(target) }
            let watch = Watch(name: name, target: target, created: WatchCommand.now())
            try reportingErrors { try store.add(watch, baseline: seen) }
            Output.line("watch \(name) added (\(watch.description)): \(IndexSummary.grouped(seen.count)) "
                + "matching item\(seen.count == 1 ? "" : "s") taken as seen; `kamervragen watch run` reports what is new")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the watches.")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            Output.ignoreSigpipe()
            let watches = try reportingErrors { try WatchCommand.store(database, create: false).all() }
            for w in watches {
                Output.line("\(w.name)\t\(w.description)\tlast run \(w.lastRun ?? "never")")
            }
            if watches.isEmpty { Output.line("no watches; add one with `kamervragen watch add NAME QUERY`") }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a watch.")
        @Argument var name: String
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let removed = try reportingErrors { try WatchCommand.store(database, create: false).remove(name) }
            guard removed else { throw failure("no watch named '\(name)'") }
            Output.line("watch \(name) removed")
        }
    }

    struct ShowWatch: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a watch and what it reported last.")
        @Argument var name: String
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            Output.ignoreSigpipe()
            let store = try WatchCommand.store(database, create: false)
            guard let w = try reportingErrors({ try store.watch(named: name) }) else { throw failure("no watch named '\(name)'") }
            Output.line("watch:    \(w.name)")
            Output.line("watches:  \(w.description)")
            Output.line("added:    \(w.created)")
            Output.line("last run: \(w.lastRun ?? "never")")
            let entries = try reportingErrors { try store.entries(name, limit: 20) }
            if !entries.isEmpty { Output.line("reported:") }
            for e in entries { Output.line("  \(e.updated)  \(e.title)") }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: "Report what is new for each watch (or the named ones) since it last ran.")

        @Argument(help: "Watches to run (default: all).")
        var names: [String] = []

        @Flag(help: "JSON Lines: one object per event (the hit's fields, with `watch` and `event`).")
        var json = false

        @Flag(name: .customLong("dry-run"), help: "Report, but do not move the watches on.")
        var dryRun = false

        @Flag(name: .customLong("mark-seen"), help: "Move the watches on without reporting.")
        var markSeen = false

        @Option(help: ArgumentHelp("Also write one Atom feed per watch into this folder.", valueName: "dir"))
        var atom: String?

        @Option(help: "Colour: auto (terminal, unless NO_COLOR), always, never.")
        var color: ColorChoice = .auto

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if dryRun && markSeen { throw ValidationError("give --dry-run or --mark-seen, not both") }
        }

        func run() throws {
            Output.ignoreSigpipe()
            let path = database.location.path
            let store = try WatchCommand.store(database, create: false)
            var watches = try reportingErrors { try store.all() }
            if !names.isEmpty {
                let known = Set(watches.map(\.name))
                if let unknown = names.first(where: { !known.contains($0) }) { throw failure("no watch named '\(unknown)'") }
                watches = watches.filter { names.contains($0.name) }
            }
            if let atom { try FeedFolder.check(atom) }
            guard !watches.isEmpty else { return }
            let runner = try reportingErrors { try WatchRunner(indexPath: path, store: store) }
            let now = WatchCommand.now()
            let printer = SearchPrinter(colored: color.enabled)
            for watch in watches {
                let report = try reportingErrors { try runner.run(watch, now: now, commit: !dryRun) }
                if let atom {
                    var entries = try reportingErrors { try store.entries(watch.name) }
                    if dryRun { entries = report.entries + entries }
                    try reportingErrors { try FeedFolder.write(watch: watch, entries: entries, updated: now, into: atom) }
                }
                guard !markSeen, !report.events.isEmpty else { continue }
                if json {
                    for event in report.events {
                        var object = event.pairId.flatMap { report.hits[$0] }.map { SearchJSON.hit($0) } ?? [:]
                        object["type"] = "event"
                        object["watch"] = watch.name
                        object["event"] = event.kind.rawValue
                        object["item"] = event.item
                        Output.json(object)
                    }
                    continue
                }
                let counts = Dictionary(grouping: report.events, by: \.kind).map { "\($0.value.count) \($0.key.rawValue)" }.sorted()
                Output.line("== \(watch.name) (\(watch.description)): " + counts.joined(separator: ", "))
                Output.line()
                for event in report.events {
                    guard let hit = event.pairId.flatMap({ report.hits[$0] }) else {
                        Output.line("[\(event.kind.rawValue)] \(event.item)")
                        continue
                    }
                    Output.write("[\(event.kind.rawValue)] " + printer.render(hit))
                }
            }
        }
    }

    struct Feed: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "feed", abstract: "Print a watch's Atom feed.")
        @Argument var name: String
        @Option(help: ArgumentHelp("Write it to this file instead (atomically).", valueName: "file"))
        var out: String?
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            Output.ignoreSigpipe()
            let store = try WatchCommand.store(database, create: false)
            guard let watch = try reportingErrors({ try store.watch(named: name) }) else { throw failure("no watch named '\(name)'") }
            let entries = try reportingErrors { try store.entries(name) }
            let xml = FeedFolder.feed(watch: watch, entries: entries, updated: watch.lastRun ?? watch.created)
            if let out {
                try reportingErrors { try AtomFeed.write(xml, to: out) }
            } else {
                Output.write(xml)
            }
        }
    }
}

/// Feeds of watches in a folder, one `NAME.atom` each.
enum FeedFolder {
    /// Fails (exit 2) when `dir` is not a writable folder.
    static func check(_ dir: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw failure("\(dir): no such folder for the feeds")
        }
        guard FileManager.default.isWritableFile(atPath: dir) else { throw failure("\(dir): folder not writable") }
    }

    static func feed(watch: Watch, entries: [FeedEntry], updated: String) -> String {
        AtomFeed.render(title: "kamervragen: \(watch.name) (\(watch.description))", id: "urn:kamervragen:watch:\(watch.name)",
                        updated: entries.first?.updated ?? updated, entries: entries)
    }

    static func write(watch: Watch, entries: [FeedEntry], updated: String, into dir: String) throws {
        try AtomFeed.write(feed(watch: watch, entries: entries, updated: updated), to: (dir as NSString).appendingPathComponent(watch.name + ".atom"))
    }
}

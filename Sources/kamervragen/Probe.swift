import ArgumentParser
import Foundation
import SearchIndex

/// `kamervragen probe`: many queries in one process, one hit count per line (hidden; used by
/// `scripts/realcorpus-check` to search thousands of six-word phrases quickly).
struct Probe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Read queries from standard input, one a line; print each one's number of hits.",
        shouldDisplay: false)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        Output.ignoreSigpipe()
        let searcher = try reportingErrors { try Searcher(databasePath: database.location.path) }
        var out = ""
        while let line = readLine() {
            var request = SearchRequest(query: line)
            request.limit = 1
            let total = (try? searcher.search(request)).map { $0.total } ?? -1
            out += "\(total)\n"
            if out.utf8.count > 1 << 16 {
                Output.write(out)
                out = ""
            }
        }
        Output.write(out)
    }
}

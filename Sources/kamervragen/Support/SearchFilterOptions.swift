import ArgumentParser
import Kamervragen
import SearchIndex

/// The filters of `search`, shared by every command that takes a search (`search`, `watch add`).
struct SearchFilterOptions: ParsableArguments {
    @Flag(help: "Match words only as written (no other forms of the word).")
    var exact = false

    @Option(help: ArgumentHelp("Documents from this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Documents up to this date.", valueName: "date"))
    var to: String?

    @Option(help: "Asked by a member of this party (PvdA = P.v.d.A. = pvda).")
    var party: String?

    @Option(help: "Asked by this member (part of the name).")
    var asker: String?

    @Option(help: "Answered by, or addressed to, this minister or ministry (part of the name).")
    var minister: String?

    @Option(help: "answers, questions, notice or other.")
    var kind: DocumentKind?

    @Flag(help: "Only questions of sets without a known answer.")
    var unanswered = false

    /// The filters as the index takes them.
    var filters: SearchFilters {
        var f = SearchFilters()
        f.from = from
        f.to = to
        f.party = party
        f.asker = asker
        f.minister = minister
        f.kind = kind
        f.unanswered = unanswered
        return f
    }
}

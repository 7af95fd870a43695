import SearchIndex

/// What goes wrong in a request, as the status and the one-line message the user sees. Never carries
/// an SQLite message: errors of the index become ``unavailable``.
struct WebError: Error {
    enum Status: Int { case badRequest = 400, notFound = 404, unavailable = 503 }
    var status: Status
    var message: String

    static func badRequest(_ message: String) -> WebError { WebError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> WebError { WebError(status: .notFound, message: message) }

    /// An error of the searcher or the store, as the web shows it: the query's or filter's own message
    /// (as the CLI prints it) for bad input; a plain "index unavailable" for the rest, with no detail
    /// from SQLite (that goes to the server's log).
    init(_ error: any Error) {
        switch error {
        case let e as WebError: self = e
        case let e as IndexError where e.kind == .badQuery || e.kind == .invalidInput:
            self.init(status: .badRequest, message: e.message)
        case let e as QueryString.Malformed:
            self.init(status: .badRequest, message: e.message)
        default:
            self.init(status: .unavailable, message: "the index cannot be read right now; try again in a moment")
        }
    }

    init(status: Status, message: String) { self.status = status; self.message = message }
}

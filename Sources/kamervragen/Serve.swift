import ArgumentParser
import KamervragenWeb
import SearchIndex

/// `kamervragen serve`: the index as a local web page and a JSON API (read-only).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the index as a web page and a JSON API (read-only), on 127.0.0.1 unless told otherwise.",
        discussion: """
            Pages: / (search, with the filters as parameters), /document/ID, /pair/ID/N, /feed?q=… (Atom). JSON: /api/search?q=…, \
            /api/pair/ID/N, /api/document/ID, /api/stats (described in docs/openapi.yaml). A rebuilt index \
            swapped in by `index --rebuild` is picked up without a restart. Stop with Ctrl-C.
            Exit status: 0 stopped, 2 no usable index or the port is taken, 64 usage.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on. Anything but a loopback address makes the index readable from the network.")
    var host = "127.0.0.1"

    @Option(help: "Port (0: any free port).")
    var port = 8080

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if host.isEmpty { throw ValidationError("--host needs an address") }
    }

    func run() async throws {
        Output.ignoreSigpipe()
        let path = database.location.path
        if !WebServer.isLoopback(host) {
            Output.error("warning: listening on \(host): anyone who can reach this machine on port \(port) can read the index")
        }
        let server = WebServer(databasePath: path, host: host, port: port)
        let host = self.host
        do {
            try await server.run { port in
                let shown = host.contains(":") ? "[\(host)]" : host
                Output.stderr("kamervragen: serving \(displayPath(path)) on http://\(shown):\(port)/  (Ctrl-C stops)\n")
            }
        } catch let error as IndexError {
            throw failure(error.message)
        } catch {
            throw failure("cannot serve on \(host):\(port): \(error)")
        }
    }
}

import Foundation
import Hummingbird
import Logging
import SearchIndex

/// `kamervragen serve`: the search page, the document pages and the JSON API of one index file, over
/// HTTP, read-only. See ``WebRoutes`` for the paths.
public struct WebServer: Sendable {
    public var databasePath: String
    public var host: String
    public var port: Int

    /// A server of the index at `databasePath` on `host:port` (port 0: any free port).
    public init(databasePath: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
    }

    /// True when `host` is reachable from this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1"].contains(host) || host.hasPrefix("127.")
    }

    /// Opens the index once (throws ``IndexError`` when it is missing or unusable), then serves until
    /// the task is cancelled or the process gets SIGINT/SIGTERM. `onRunning` gets the port bound.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let readers = IndexReaders(path: databasePath)
        try readers.check()
        let routes = WebRoutes(readers: readers)
        let responder = CallbackResponder<BasicRequestContext> { request, _ in await routes.respond(request) }
        var logger = Logger(label: "kamervragen-serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: "kamervragen"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }
}

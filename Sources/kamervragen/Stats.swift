import ArgumentParser

struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "(not built yet)")
    func run() async throws { throw ExitCode(2) }
}

import ArgumentParser

struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "(not built yet)")
    func run() async throws { throw ExitCode(2) }
}

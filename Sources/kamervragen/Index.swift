import ArgumentParser

struct Index: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "(not built yet)")
    func run() async throws { throw ExitCode(2) }
}

import ArgumentParser

struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "(not built yet)")
    func run() async throws { throw ExitCode(2) }
}

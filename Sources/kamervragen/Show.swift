import ArgumentParser

struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "(not built yet)")
    func run() async throws { throw ExitCode(2) }
}

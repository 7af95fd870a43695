import ArgumentParser

struct Parse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "(not built yet)")
    func run() async throws { throw ExitCode(2) }
}

import ArgumentParser

/// `kamervragen`: index and search Dutch parliamentary written questions and answers.
@main
struct KamervragenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kamervragen",
        abstract: "Index and search Dutch parliamentary written questions (Kamervragen) and their answers.",
        version: "0.1.0",
        subcommands: [Parse.self, Analyze.self, Index.self, Search.self, Similar.self, Show.self, Stats.self, Open.self, WatchCommand.self,
                      Serve.self, Probe.self]
    )
}

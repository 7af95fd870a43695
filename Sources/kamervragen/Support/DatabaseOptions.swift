import ArgumentParser
import Foundation
import SearchIndex

/// `--db PATH`, shared by the index commands.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The index file. Default: $KAMERVRAGEN_DB, else .kamervragen/index.sqlite when ./Corpus exists, else $XDG_DATA_HOME/kamervragen/index.sqlite.",
        valueName: "path"))
    var db: String?

    var location: IndexLocation { IndexLocation.resolve(option: db) }
}

/// Paths shown relative to the current directory when they are inside it.
func displayPath(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
}

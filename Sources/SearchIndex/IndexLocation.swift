import Foundation

/// Where the index lives, and which folders get indexed when none are given.
///
/// The database is, in order: `--db PATH`; `$KAMERVRAGEN_DB`; `.kamervragen/index.sqlite` in the current
/// directory when a `Corpus/` folder is there (the repository); else
/// `$XDG_DATA_HOME/kamervragen/index.sqlite` (`~/.local/share/kamervragen/index.sqlite`).
public struct IndexLocation: Sendable, Equatable {
    /// How the path was chosen.
    public enum Source: String, Sendable { case option, environment, repository, userData }

    public var path: String
    public var source: Source

    public init(path: String, source: Source) { self.path = path; self.source = source }

    /// Resolves the index path from an explicit option, the environment and the current directory.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                               currentDirectory: String = FileManager.default.currentDirectoryPath) -> IndexLocation {
        if let option, !option.isEmpty {
            return IndexLocation(path: absolute(option, in: currentDirectory), source: .option)
        }
        if let env = environment["KAMERVRAGEN_DB"], !env.isEmpty {
            return IndexLocation(path: absolute(env, in: currentDirectory), source: .environment)
        }
        if let corpus = defaultCorpus(in: currentDirectory) {
            let root = (corpus as NSString).deletingLastPathComponent
            return IndexLocation(path: root + "/.kamervragen/index.sqlite", source: .repository)
        }
        var dataHome = environment["XDG_DATA_HOME"] ?? ""
        if dataHome.isEmpty || !dataHome.hasPrefix("/") {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return IndexLocation(path: dataHome + "/kamervragen/index.sqlite", source: .userData)
    }

    /// The `Corpus/` folder of the current directory, if there is one.
    public static func defaultCorpus(in currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        var isDir: ObjCBool = false
        let path = absolute("Corpus", in: currentDirectory)
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue ? path : nil
    }

    /// The OCR cache of the index at `indexPath` (`index.sqlite` → `index.ocr-cache/`): text of scanned
    /// PDFs by their hash, kept across rebuilds.
    public static func ocrCacheDirectory(forIndex indexPath: String) -> String {
        let base = indexPath.hasSuffix(".sqlite") ? String(indexPath.dropLast(7)) : indexPath
        return base + ".ocr-cache"
    }

    /// `path` made absolute against `directory`, with `.`/`..` resolved textually.
    public static func absolute(_ path: String, in directory: String) -> String {
        let full = path.hasPrefix("/") ? path : directory + "/" + path
        return (full as NSString).standardizingPath
    }
}

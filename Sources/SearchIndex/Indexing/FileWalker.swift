import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A supported file found on disk, with what `stat` says about it.
public struct FoundFile: Sendable, Equatable {
    public var path: String
    public var size: Int64
    /// Modification time, seconds since 1970 with sub-second precision.
    public var mtime: Double
}

/// Something the walk could not read or did not follow.
public struct WalkProblem: Sendable, Equatable {
    public var path: String
    public var reason: String
    /// True when a file or folder could not be read (the run is partial); false for a skipped symlink loop.
    public var isFailure: Bool
}

/// Walks folders recursively for `.txt`, `.pdf`, `.html`, `.htm`, `.docx` and `.odt` files.
///
/// Follows symbolic links but reports loops; skips hidden files and folders (a leading dot) and the
/// index's own files; an unreadable entry, a name that is not UTF-8 (a failure) and a FIFO, socket or
/// device with a document's extension (a warning) are reported and the walk goes on.
public struct FileWalker: Sendable {
    public static let supportedExtensions: Set<String> = ["txt", "pdf", "html", "htm", "docx", "odt"]

    /// Paths never returned (the index itself, its lock and rebuild files start with these).
    public var excludedPrefixes: [String]

    public init(excludedPrefixes: [String] = []) { self.excludedPrefixes = excludedPrefixes }

    /// The files under `roots` (a root may also be a single file), sorted by path, and the problems met.
    public func walk(_ roots: [String]) -> (files: [FoundFile], problems: [WalkProblem]) {
        var files: [FoundFile] = []
        var problems: [WalkProblem] = []
        var seen = Set<String>()
        for root in roots {
            var st = stat()
            guard stat(root, &st) == 0 else {
                problems.append(WalkProblem(path: root, reason: String(cString: strerror(errno)), isFailure: true))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                var ancestors: [(UInt64, UInt64)] = []
                walkDirectory(root, st: st, ancestors: &ancestors, files: &files, problems: &problems)
            } else if (st.st_mode & S_IFMT) == S_IFREG {
                files.append(FoundFile(path: root, size: Int64(st.st_size), mtime: FileWalker.mtime(st)))
            }
        }
        files = files.filter { seen.insert($0.path).inserted }
        files.sort { $0.path < $1.path }
        return (files, problems)
    }

    /// Where `d_name` lies in a `dirent`.
    static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    static func mtime(_ st: stat) -> Double {
        Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
    }

    private func walkDirectory(_ dir: String, st: stat, ancestors: inout [(UInt64, UInt64)],
                               files: inout [FoundFile], problems: inout [WalkProblem]) {
        let id = (UInt64(st.st_dev), UInt64(st.st_ino))
        if ancestors.contains(where: { $0 == id }) {
            problems.append(WalkProblem(path: dir, reason: "symbolic link loop, not followed", isFailure: false))
            return
        }
        guard let handle = opendir(dir) else {
            problems.append(WalkProblem(path: dir, reason: String(cString: strerror(errno)), isFailure: true))
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            // The name is read in place, up to its NUL. `entry.pointee` would copy a whole `dirent`
            // (280 bytes), but an entry only spans its own record: the last one in readdir's buffer
            // can end just before an unmapped page, and the copy then crashed (seen at 3,000+ files).
            let field = UnsafeRawPointer(entry) + FileWalker.nameOffset
            let cName = field.assumingMemoryBound(to: CChar.self)
            let (name, valid) = (String(cString: cName), String(validatingCString: cName) != nil)
            if name.hasPrefix(".") { continue }
            guard valid else {
                // The path cannot be spelt as a Swift string, so the file cannot be opened by name.
                let shown = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                problems.append(WalkProblem(path: shown, reason: "file name is not valid UTF-8, skipped (rename it)",
                                            isFailure: true))
                continue
            }
            names.append(name)
        }
        closedir(handle)
        names.sort()
        ancestors.append(id)
        defer { ancestors.removeLast() }
        for name in names {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            if excludedPrefixes.contains(where: { path.hasPrefix($0) }) { continue }
            var child = stat()
            guard stat(path, &child) == 0 else {
                var link = stat()
                let reason = lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
                    ? "broken symbolic link" : String(cString: strerror(errno))
                problems.append(WalkProblem(path: path, reason: reason, isFailure: reason != "broken symbolic link"))
                continue
            }
            switch child.st_mode & S_IFMT {
            case S_IFDIR:
                walkDirectory(path, st: child, ancestors: &ancestors, files: &files, problems: &problems)
            case S_IFREG:
                let ext = (name as NSString).pathExtension.lowercased()
                guard FileWalker.supportedExtensions.contains(ext) else { continue }
                guard access(path, R_OK) == 0 else {
                    problems.append(WalkProblem(path: path, reason: String(cString: strerror(errno)), isFailure: true))
                    continue
                }
                files.append(FoundFile(path: path, size: Int64(child.st_size), mtime: FileWalker.mtime(child)))
            default:
                // A FIFO, socket or device named like a document: never opened (a FIFO would block).
                let ext = (name as NSString).pathExtension.lowercased()
                if FileWalker.supportedExtensions.contains(ext) {
                    problems.append(WalkProblem(path: path, reason: "not a regular file (FIFO, socket or device), skipped",
                                                isFailure: false))
                }
            }
        }
    }
}

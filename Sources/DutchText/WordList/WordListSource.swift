import Foundation

/// Where the Dutch word list comes from: the file named by `$KAMERVRAGEN_LEXICON` when it is set and
/// readable (for users who want a newer OpenTaal list, e.g. `/usr/share/dict/dutch` of Debian's
/// `wdutch`), else the OpenTaal list compiled into the program (``BundledWordListData``). Every reader
/// of the list (``Lexicon``, ``IeWordList``, ``CompoundLexicon``, the analysis identity) goes through
/// this, so all of them see the same words.
public enum WordListSource {
    /// The list's bytes (one word per line) and its identity.
    static func load(environment: [String: String]) -> (bytes: Data, identity: String) {
        if let path = readablePath(environment: environment),
           let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) {
            return (data, "\(path):\(data.count) bytes")
        }
        return (Data(bundledBytes()), BundledWordListData.identity)
    }

    /// The identity of the list ``load(environment:)`` would read, without reading it: `path:size bytes`
    /// for a file, or the bundled list's version, size and checksum. It changes when the list changes.
    public static func fingerprint(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = readablePath(environment: environment),
           let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let size = (attributes[.size] as? NSNumber)?.int64Value {
            return "\(path):\(size) bytes"
        }
        return BundledWordListData.identity
    }

    /// The bundled list's bytes, exactly those of the file it was made from.
    public static func bundledBytes() -> [UInt8] {
        FrontCodedList.decode(BundledWordListData.frontCoded, expectedCount: BundledWordListData.byteCount)
    }

    /// `$KAMERVRAGEN_LEXICON` when it names a readable file (not a directory).
    private static func readablePath(environment: [String: String]) -> String? {
        guard let path = environment["KAMERVRAGEN_LEXICON"], !path.isEmpty,
              FileManager.default.isReadableFile(atPath: path),
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              (attributes[.type] as? FileAttributeType) != .typeDirectory else { return nil }
        return path
    }
}

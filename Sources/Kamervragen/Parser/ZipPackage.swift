import Foundation
import ZIPFoundation

/// An office file's zip archive (Word `.docx`, OpenDocument `.odt`), read with a budget: at most
/// ``inflateLimit`` bytes are unpacked in all, so a zip bomb stops early with a one-line error.
struct ZipPackage {
    /// At most this many bytes are inflated in all.
    static let inflateLimit = 64 << 20

    let path: String
    private let archive: Archive
    /// What is left of the budget.
    private var budget: Int

    /// Opens the archive at `path`; nil when it is no zip archive.
    init?(path: String, maxSize: Int) {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read) else { return nil }
        self.path = path
        self.archive = archive
        self.budget = min(Self.inflateLimit, max(maxSize, 1 << 20) * 4)
    }

    func contains(_ entryPath: String) -> Bool { archive[entryPath] != nil }

    /// The kind of file, for error messages: an OpenDocument text holds `content.xml` and no Word body.
    var kind: String {
        contains("content.xml") && !contains("word/document.xml") ? "OpenDocument text" : "Word file"
    }

    /// The unpacked bytes of `entryPath`, nil when there is no such entry.
    mutating func data(_ entryPath: String) throws -> Data? {
        guard let entry = archive[entryPath] else { return nil }
        guard entry.uncompressedSize <= UInt64(budget) else {
            throw ParseError(file: path, reason: "\(kind) too large when unpacked (\(entry.uncompressedSize) bytes in \(entry.path))")
        }
        var data = Data()
        let limit = budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > limit { throw ParseError(file: path, reason: "\(kind) too large when unpacked") }
            }
        } catch let error as ParseError {
            throw error
        } catch {
            throw ParseError(file: path, reason: "damaged \(kind) (\(entry.path) cannot be unpacked)")
        }
        budget -= data.count
        return data
    }
}

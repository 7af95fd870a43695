import Foundation

/// Turns one file (text, PDF, HTML) into a ``Document``. TEMPORARY STUB: decodes UTF-8 and returns
/// kind `other`; the real parser replaces this file.
public struct DocumentParser: Sendable {
    public var options: ParseOptions
    public init(options: ParseOptions = ParseOptions()) { self.options = options }

    /// Reads, decodes and parses the file at `path`. Throws ``ParseError`` with a one-line reason.
    public func parse(fileAt path: String) throws -> Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParseError(file: path, reason: "cannot read file")
        }
        return parse(text: String(decoding: data, as: UTF8.self))
    }

    /// Parses already decoded text.
    public func parse(text: String) -> Document {
        Document(kind: .other, text: text)
    }
}

/// Limits and switches for the parser.
public struct ParseOptions: Sendable {
    /// Files larger than this are refused (bytes). Default 50 MiB; `KAMERVRAGEN_MAX_FILE_SIZE` overrides.
    public var maxFileSize: Int = 50 << 20
    /// Time limit for `pdftotext`, in seconds.
    public var pdfTimeout: Double = 60
    public init() {}
}

/// Why a file could not be parsed: names the file and the reason in one line.
public struct ParseError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var reason: String
    public init(file: String, reason: String) { self.file = file; self.reason = reason }
    public var description: String { "\(file): \(reason)" }
}

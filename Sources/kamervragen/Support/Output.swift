import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes to stdout and stderr. A closed stdout (`| head`) ends the program quietly with exit 0
/// instead of dying of SIGPIPE.
enum Output {
    /// Call once at start: SIGPIPE becomes an EPIPE error that ``write(_:)`` handles.
    static func ignoreSigpipe() { signal(SIGPIPE, SIG_IGN) }

    /// Writes `text` to stdout, unbuffered by stdio.
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(1, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                exit(2)
            }
            offset += n
        }
        bytes.removeAll()
    }

    /// Writes `text` and a newline to stdout.
    static func line(_ text: String = "") { write(text + "\n") }

    /// Writes raw text to stderr.
    static func stderr(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `kamervragen: message` on stderr.
    static func error(_ message: String) { stderr("kamervragen: \(message)\n") }

    /// One JSON Lines record on stdout (strictly valid UTF-8 JSON, from JSONSerialization).
    static func json(_ object: [String: Any]) {
        guard JSONSerialization.isValidJSONObject(object),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes, .sortedKeys])
        else { return }
        line(String(decoding: data, as: UTF8.self))
    }
}

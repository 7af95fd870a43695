import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether to colour stdout: `always`; or `auto` on a terminal without `NO_COLOR` set.
    var enabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && Terminal.isTTY(1) && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        }
    }
}

/// `--progress auto|always|never` for `index`.
enum ProgressChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
    var enabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return Terminal.isTTY(2)
        }
    }
}

enum Terminal {
    static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// ANSI styles used for highlights and titles.
    static let bold = "\u{1B}[1m"
    static let match = "\u{1B}[1;31m"
    static let dim = "\u{1B}[2m"
    static let reset = "\u{1B}[0m"
}

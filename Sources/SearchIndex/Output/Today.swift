import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Today's date as ISO `YYYY-MM-DD` (UTC); `KAMERVRAGEN_TODAY` sets another day (tests, reports as of a
/// past date).
public enum Today {
    public static var iso: String {
        if let fixed = ProcessInfo.processInfo.environment["KAMERVRAGEN_TODAY"], ISOFormatCheck.isDate(fixed) { return fixed }
        // gmtime_r, not a DateFormatter: the web server asks for every request, and making a formatter
        // costs about a millisecond on Linux.
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    }
}

/// Checks the form of an ISO date.
public enum ISOFormatCheck {
    /// True for `YYYY-MM-DD` (digits only; the day itself is not checked).
    public static func isDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}

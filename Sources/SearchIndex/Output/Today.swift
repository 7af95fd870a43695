import Foundation

/// Today's date as ISO `YYYY-MM-DD` (UTC); `KAMERVRAGEN_TODAY` sets another day (tests, reports as of a
/// past date).
public enum Today {
    public static var iso: String {
        if let fixed = ProcessInfo.processInfo.environment["KAMERVRAGEN_TODAY"], ISOFormatCheck.isDate(fixed) { return fixed }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
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

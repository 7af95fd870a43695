import Foundation

/// Dutch dates in headers: `27 juni 2019`, `10 oktober 2019`, `28 Juli 1924`, `31 October 1917` (the
/// spelling before 1947), abbreviations (`okt.`), a month name broken at a line end (`ok-tober`), turned
/// into ISO `YYYY-MM-DD`.
enum DutchDate {
    private static let fullMonths: [(String, Int)] = [
        ("januari", 1), ("februari", 2), ("maart", 3), ("april", 4), ("mei", 5), ("juni", 6), ("juli", 7),
        ("augustus", 8), ("september", 9), ("oktober", 10), ("november", 11), ("december", 12), ("october", 10),
    ]
    private static let months: [(String, Int)] = fullMonths + [
        ("jan", 1), ("feb", 2), ("febr", 2), ("mrt", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11), ("dec", 12),
    ]

    /// Whether `text` starts with a month name (`januari 2022 …`): a day number before it is a date.
    static func startsWithMonth(_ text: String) -> Bool {
        let word = text.prefix(while: { $0.isLetter }).lowercased()
        return months.contains { $0.0 == word }
    }

    /// The first date `D month YYYY` that starts within `maxDistance` characters of the start of `text`.
    static func first(in text: Substring, maxDistance: Int = 40) -> String? {
        let words = asciiTokens(text, limit: maxDistance + 30) ?? tokens(text.prefix(maxDistance + 30))
        // Numeric: `27-6-2019`, `27/06/2019`, `27.6.2019`.
        for w in words where w.offset <= maxDistance {
            let parts = w.text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4,
                  (1...31).contains(d), (1...12).contains(m), (1800...2100).contains(y) else { continue }
            return iso(year: y, month: m, day: d)
        }
        for (i, w) in words.enumerated() where i + 2 < words.count {
            guard w.offset <= maxDistance, let day = Int(w.text), (1...31).contains(day) else { continue }
            var yearAt = i + 2
            let month: Int
            if i + 3 < words.count, let broken = brokenMonth(words[i + 1], words[i + 2]) {
                month = broken
                yearAt = i + 3
            } else {
                let m = ASCIITrim.fullStop(words[i + 1].text.lowercased())
                guard let named = months.first(where: { $0.0 == m })?.1 else { continue }
                month = named
            }
            let y = words[yearAt].text.prefix(while: \.isNumber)
            guard y.count == 4, let year = Int(y), (1800...2100).contains(year) else { continue }
            return iso(year: year, month: month, day: day)
        }
        return nil
    }

    /// The month of a full month name broken in two where a line ended (`ok-tober`, `augus- tus`): two
    /// words of letters, one or two characters apart, that make a whole month name. Nil otherwise.
    private static func brokenMonth(_ a: (text: String, offset: Int), _ b: (text: String, offset: Int)) -> Int? {
        guard (1...2).contains(b.offset - a.offset - a.text.count),
              a.text.allSatisfy(\.isLetter), b.text.allSatisfy(\.isLetter) else { return nil }
        let joined = (a.text + b.text).lowercased()
        return fullMonths.first(where: { $0.0 == joined })?.1
    }

    /// `YYYY-MM-DD`, as `String(format: "%04d-%02d-%02d")` writes it (year 1800–2100, month, day 1–31).
    static func iso(year: Int, month: Int, day: Int) -> String {
        func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    /// ``tokens(_:)`` of `text.prefix(limit)` on bytes, when the first `limit + 1` bytes (or all) are
    /// ASCII without CR: then they are that many Characters of their own, letters `A–Z a–z` and numbers
    /// `0–9`. Nil otherwise.
    static func asciiTokens(_ text: Substring, limit: Int) -> [(text: String, offset: Int)]? {
        let result = text.utf8.withContiguousStorageIfAvailable { all -> [(text: String, offset: Int)]? in
            for i in 0..<min(all.count, limit + 1) where all[i] >= 0x80 || all[i] == 0x0D { return nil }
            let b = UnsafeBufferPointer(rebasing: all[0..<min(all.count, limit)])
            @inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
            @inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
            var out: [(text: String, offset: Int)] = []
            func add(_ start: Int, _ end: Int) {
                // A number's trailing full stop dropped (`27.`), as ``tokens(_:)`` does.
                let e = isDigit(b[start]) && b[end - 1] == 0x2E ? end - 1 : end
                out.append((String(decoding: UnsafeBufferPointer(rebasing: b[start..<e]), as: UTF8.self), start))
            }
            var start = -1
            for i in 0..<b.count {
                let c = b[i]
                let letter = isLetter(c), digit = isDigit(c)
                if letter || digit || c == 0x2E || c == 0x2F || (c == 0x2D && start >= 0 && isDigit(b[i - 1])) {
                    if start >= 0, isDigit(b[i - 1]) && letter || isLetter(b[i - 1]) && digit {
                        add(start, i); start = -1
                    }
                    if start < 0 { start = i }
                } else if start >= 0 {
                    add(start, i); start = -1
                }
            }
            if start >= 0 { add(start, b.count) }
            return out
        }
        return result ?? nil
    }

    static func tokens(_ s: Substring) -> [(text: String, offset: Int)] {
        var out: [(String, Int)] = []
        var current = "", start = 0, i = 0
        for c in s {
            if c.isLetter || c.isNumber || c == "." || c == "/" || (c == "-" && !current.isEmpty && current.last!.isNumber) {
                // A day or year glued to the month where a space was lost (`17februari 1994`,
                // `18 november2024`): a digit–letter boundary ends a token.
                if let last = current.last, last.isNumber && c.isLetter || last.isLetter && c.isNumber {
                    out.append((current, start)); current = ""
                }
                if current.isEmpty { start = i }
                current.append(c)
            } else if !current.isEmpty {
                out.append((current, start)); current = ""
            }
            i += 1
        }
        if !current.isEmpty { out.append((current, start)) }
        return out.map { (text: $0.0.hasSuffix(".") && $0.0.first!.isNumber ? String($0.0.dropLast()) : $0.0, offset: $0.1) }
    }
}

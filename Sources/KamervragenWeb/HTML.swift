/// HTML text building: every value that goes into a page passes through ``escape(_:)``.
enum HTML {
    /// `text` with `& < > " '` replaced by entities: safe in element content and in quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters (other than newline and tab) have no place in a page.
                if c.value < 0x20 && c != "\n" && c != "\t" || c.value == 0x7F { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Grouped thousands: 12,345.
    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 && c != "-" && out != "-" { out += "," }
            out.append(c)
        }
        return out
    }

    /// `1 pair` / `2 pairs`.
    static func plural(_ n: Int, _ word: String) -> String { "\(count(n)) \(word)\(n == 1 ? "" : "s")" }
}

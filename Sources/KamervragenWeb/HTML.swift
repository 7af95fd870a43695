import SearchIndex

/// HTML text building: every value that goes into a page passes through ``escape(_:)``.
enum HTML {
    /// `text` with `& < > " '` replaced by entities, control characters dropped (``MarkupEscaping``).
    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }

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

/// Escaping for HTML and XML (the web page, the Atom feeds): `& < > " '` become entities, so a value is
/// safe in element content and in quoted attributes of either, and characters that XML 1.0 forbids or a
/// page has no use for (control characters other than tab and line ends, DEL) are dropped.
public enum MarkupEscaping {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                let v = scalar.value
                if v == 0x9 || v == 0xA || v == 0xD || (0x20...0x7E).contains(v) || (0xA0...0xD7FF).contains(v)
                    || (0x80...0x9F).contains(v) || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v) {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

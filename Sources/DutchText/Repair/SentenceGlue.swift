/// Restores the space lost between two sentences when an extractor dropped a line break
/// (`beantwoord.De reden` → `beantwoord. De reden`, `organisaties?Klopt` → `organisaties? Klopt`).
///
/// Acts only on a small letter, `.`/`?`/`!`, then a capital followed by a small letter, and never
/// inside a URL or e-mail address; abbreviations (`c.s.`, `o.a.`) and identifiers are left alone.
public enum SentenceGlue {
    public static func repair(_ line: String) -> String {
        // Only `.?!` followed by a capital (ASCII or not) can need a space: look for one on bytes first.
        guard mayNeedSpace(line) else { return line }
        let chars = Array(line)
        guard chars.count >= 4 else { return line }
        var out = ""
        out.reserveCapacity(line.utf8.count + 8)
        var tokenStart = 0
        for i in chars.indices {
            let c = chars[i]
            if c == " " { tokenStart = i + 1 }
            out.append(c)
            guard c == "." || c == "?" || c == "!", i >= 2, i + 2 < chars.count,
                  chars[i - 1].isLowercase, chars[i - 2].isLetter,
                  chars[i + 1].isUppercase, chars[i + 2].isLowercase else { continue }
            var j = i + 1
            while j < chars.count, chars[j] != " " { j += 1 }
            let token = String(chars[tokenStart..<j])
            if token.contains("://") || token.hasPrefix("www.") || token.contains("@") || token.hasPrefix("(www.") { continue }
            out.append(" ")
        }
        return out
    }

    /// Whether a byte `.`, `?` or `!` is followed by an ASCII capital or a non-ASCII byte.
    static func mayNeedSpace(_ line: String) -> Bool {
        let capital: (UInt8) -> Bool = { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }
        return FastText.hasByte(UInt8(ascii: "."), in: line, followedBy: capital)
            || FastText.hasByte(UInt8(ascii: "?"), in: line, followedBy: capital)
            || FastText.hasByte(UInt8(ascii: "!"), in: line, followedBy: capital)
    }
}

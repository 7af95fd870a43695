/// Undoes what a Markdown conversion adds to a line: heading marks (`# 2`, `## Antwoord 1`), bold or
/// italic wrappers (`**Vraag 1**`), and horizontal rules (`-----`, `* * *`) that stand for page breaks.
public enum MarkdownArtifacts {
    /// Whether the line is a horizontal rule (a page break in converted documents).
    public static func isRule(_ line: String) -> Bool {
        let t = line.filter { $0 != " " }
        guard t.count >= 3, let f = t.first, f == "-" || f == "*" || f == "_" || f == "=" else { return false }
        return t.allSatisfy { $0 == f }
    }

    /// The line without heading marks and emphasis wrappers.
    public static func clean(_ line: String) -> String {
        var t = Substring(line)
        if t.hasPrefix("#") {
            let hashes = t.prefix(while: { $0 == "#" })
            if hashes.count <= 6, t.dropFirst(hashes.count).first == " " { t = t.dropFirst(hashes.count + 1) }
        }
        for w in ["***", "**", "__"] where t.count > 2 * w.count && t.hasPrefix(w) && t.hasSuffix(w) {
            t = t.dropFirst(w.count).dropLast(w.count); break
        }
        if t.hasPrefix("**"), let r = t.dropFirst(2).range(of: "**") {
            // `**Vraag 1** Bent u …`
            t = t.dropFirst(2)[..<r.lowerBound] + t.dropFirst(2)[r.upperBound...]
        }
        return String(t)
    }

    /// Those of the marks `**`, `#`, `---` and `__` whose bytes occur in `text`: a cheap test before
    /// asking whether the text holds them as Characters. Each found with memchr (mark bytes are rare).
    public static func marks(withBytesIn text: String) -> [String] {
        var text = text
        let (stars, hash, dashes, underscores) = text.withUTF8 { buf -> (Bool, Bool, Bool, Bool) in
            (FastText.containsRun(of: UInt8(ascii: "*"), length: 2, in: buf),
             FastText.containsRun(of: UInt8(ascii: "#"), length: 1, in: buf),
             FastText.containsRun(of: UInt8(ascii: "-"), length: 3, in: buf),
             FastText.containsRun(of: UInt8(ascii: "_"), length: 2, in: buf))
        }
        return [stars ? "**" : nil, hash ? "#" : nil, dashes ? "---" : nil, underscores ? "__" : nil].compactMap { $0 }
    }
}

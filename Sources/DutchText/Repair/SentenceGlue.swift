/// Restores the space lost between two sentences when an extractor dropped a line break
/// (`beantwoord.De reden` → `beantwoord. De reden`, `organisaties?Klopt` → `organisaties? Klopt`).
///
/// Acts only on a small letter, `.`/`?`/`!`, then a capital followed by a small letter, and never
/// inside a URL or e-mail address; abbreviations (`c.s.`, `o.a.`) and identifiers are left alone.
public enum SentenceGlue {
    public static func repair(_ line: String) -> String {
        // Only `.?!` followed by a capital (ASCII or not) can need a space: look for one on bytes first.
        guard mayNeedSpace(line) else { return line }
        var copy = line
        if let repaired = copy.withUTF8({ repairOnBytes($0, line) }) { return repaired }
        return repairOnCharacters(line)
    }

    /// ``repair(_:)`` on Characters.
    static func repairOnCharacters(_ line: String) -> String {
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

    /// ``repair(_:)`` for a line whose ASCII bytes are Characters of their own and where every mark that
    /// may need a space has ASCII bytes around it (then the tests of ``repairOnCharacters(_:)`` are byte
    /// tests); nil for any other line.
    private static func repairOnBytes(_ buf: UnsafeBufferPointer<UInt8>, _ line: String) -> String? {
        guard FastText.asciiStandsAlone(buf) else { return nil }
        var out: [UInt8] = []
        var copied = 0, tokenStart = 0
        for i in buf.indices {
            let b = buf[i]
            if b == UInt8(ascii: " ") { tokenStart = i + 1; continue }
            guard b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!"),
                  markMayNeedSpace(buf, at: i) else { continue }
            guard buf[i - 1] < 0x80, buf[i + 1] < 0x80, buf[i - 2] < 0x80, buf[i + 2] < 0x80 else { return nil }
            var j = i + 1
            while j < buf.count, buf[j] != UInt8(ascii: " ") { j += 1 }
            let token = UnsafeBufferPointer(rebasing: buf[tokenStart..<j])
            if FastText.contains(token, Array("://".utf8)) || FastText.bytes(token, at: 0, are: Array("www.".utf8))
                || token.contains(UInt8(ascii: "@")) || FastText.bytes(token, at: 0, are: Array("(www.".utf8)) { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied...i]))
            out.append(UInt8(ascii: " "))
            copied = i + 1
        }
        guard !out.isEmpty else { return line }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied...]))
        return String(decoding: out, as: UTF8.self)
    }

    /// False when no `.`, `?` or `!` of `line` can need a space after it. A byte test first: such a
    /// mark is followed by an ASCII capital or a non-ASCII byte. Then, when the line's ASCII bytes are
    /// Characters of their own, each such mark is looked at: an ASCII byte next to it that fails its
    /// test in ``repair(_:)`` settles it (non-ASCII bytes are left undecided).
    static func mayNeedSpace(_ line: String) -> Bool {
        let capital: (UInt8) -> Bool = { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }
        guard FastText.hasByte(UInt8(ascii: "."), in: line, followedBy: capital)
            || FastText.hasByte(UInt8(ascii: "?"), in: line, followedBy: capital)
            || FastText.hasByte(UInt8(ascii: "!"), in: line, followedBy: capital) else { return false }
        var line = line
        return line.withUTF8 { buf in
            guard FastText.asciiStandsAlone(buf) else { return true }
            for i in buf.indices where buf[i] == UInt8(ascii: ".") || buf[i] == UInt8(ascii: "?") || buf[i] == UInt8(ascii: "!") {
                if markMayNeedSpace(buf, at: i) { return true }
            }
            return false
        }
    }

    /// Whether the mark at byte `i` may pass the tests of ``repair(_:)``: a small letter after a
    /// letter before it, a capital then a small letter after it. ASCII bytes are tested; a non-ASCII
    /// byte passes.
    private static func markMayNeedSpace(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        @inline(__always) func small(_ b: UInt8) -> Bool { b >= 0x80 || b &- 0x61 < 26 }
        @inline(__always) func capital(_ b: UInt8) -> Bool { b >= 0x80 || b &- 0x41 < 26 }
        @inline(__always) func letter(_ b: UInt8) -> Bool { b >= 0x80 || (b | 0x20) &- 0x61 < 26 }
        guard i >= 1, i + 1 < buf.count, small(buf[i - 1]), capital(buf[i + 1]) else { return false }
        if buf[i - 1] < 0x80 { guard i >= 2, letter(buf[i - 2]) else { return false } }
        if buf[i + 1] < 0x80 { guard i + 2 < buf.count, small(buf[i + 2]) else { return false } }
        return true
    }
}

/// The byte matcher behind ``HeaderParser/joinHyphenatedKeywords(_:)``: the header keywords that OCR
/// hyphenated (`Inge-zonden`, `Ont-vangen`, `betref-fende`) found as whole words and joined, as
/// the regular expression `\b([Ii]n-?ge-?zon-?den|INGEZONDEN|[Oo]nt-?van-?gen|[Bb]e-?tref-?fen-?de)\b`
/// finds them. Only matches holding a hyphen change the text; `INGEZONDEN` never does.
///
/// Matches cannot overlap: each keyword starts with `i`, `o` or `b`, and no part after a hyphen does.
/// A word boundary next to an ASCII byte is decided by that byte alone (letters, digits and `_` are word
/// characters; no ASCII character is a combining mark or a format character); next to a byte beyond
/// ASCII, ICU's rules (marks and format characters skipped) decide, so the matcher declines.
enum HyphenatedKeywords {
    enum Outcome: Equatable {
        case unchanged
        case joined([UInt8])
        /// A match touches a byte beyond ASCII: the regular expression decides.
        case declined
    }

    /// The keywords' parts, with an optional hyphen between them; the first letter in either case.
    private static let keywords: [[[UInt8]]] = [["in", "ge", "zon", "den"], ["ont", "van", "gen"], ["be", "tref", "fen", "de"]]
        .map { $0.map { Array($0.utf8) } }

    static func joined(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var matches: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            let lower = bytes[i] | 0x20
            guard lower == UInt8(ascii: "i") || lower == UInt8(ascii: "o") || lower == UInt8(ascii: "b"),
                  let end = hyphenatedKeyword(in: bytes, at: i) else { i += 1; continue }
            let before: UInt8? = i > 0 ? bytes[i - 1] : nil
            let after: UInt8? = end < bytes.count ? bytes[end] : nil
            if before.map({ $0 >= 0x80 }) == true || after.map({ $0 >= 0x80 }) == true { return .declined }
            if before.map(isWordByte) == true || after.map(isWordByte) == true { i += 1; continue }
            matches.append(i..<end)
            i = end
        }
        guard !matches.isEmpty else { return .unchanged }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        for m in matches {
            out.append(contentsOf: bytes[position..<m.lowerBound])
            for b in bytes[m] where b != UInt8(ascii: "-") { out.append(b) }
            position = m.upperBound
        }
        out.append(contentsOf: bytes[position...])
        return .joined(out)
    }

    /// The end of a keyword written with at least one hyphen that starts at `i`, if one does.
    private static func hyphenatedKeyword(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard let parts = keywords.first(where: { $0[0][0] == bytes[i] | 0x20 }) else { return nil }
        var j = i + 1, hyphens = 0
        for (k, part) in parts.enumerated() {
            if k > 0, j < bytes.count, bytes[j] == UInt8(ascii: "-") { j += 1; hyphens += 1 }
            let rest = k == 0 ? part.dropFirst() : part[...]
            guard j + rest.count <= bytes.count, bytes[j..<(j + rest.count)].elementsEqual(rest) else { return nil }
            j += rest.count
        }
        return hyphens > 0 ? j : nil
    }

    /// ICU's `\w` on ASCII: letters, digits and `_`.
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x5F
    }
}

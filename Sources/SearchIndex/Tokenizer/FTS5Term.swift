/// Safe FTS5 strings for the query builder, understood by ``DutchTokenizer``.
public enum FTS5Term {
    /// `text` as one double-quoted FTS5 string (a phrase when it holds several words): inner `"` doubled,
    /// control characters turned into spaces (they separate words anyway, and must not fake a marker).
    /// With `exact`, the string starts with ``DutchTokenizer/exactMarker``: its words then match only
    /// as written (folded for case and diacritics), not by stem. Append `*` outside for a prefix query.
    /// With `compoundParts: false` (and not `exact`), the string starts with ``DutchTokenizer/directMarker``:
    /// its words match by stem but not as parts of compounds (for ranking direct matches first).
    public static func quoted(_ text: String, exact: Bool, compoundParts: Bool = true) -> String {
        var out = "\""
        if exact {
            out.unicodeScalars.append(Unicode.Scalar(DutchTokenizer.exactMarker))
        } else if !compoundParts {
            out.unicodeScalars.append(Unicode.Scalar(DutchTokenizer.directMarker))
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\"\""
            case 0..<0x20, 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension FTS5Term {
    /// One index term as an FTS5 string (``DutchTokenizer/termMarker``, or ``DutchTokenizer/alternativeMarker``
    /// when it is not the first alternative of its word). `term` must be a term the tokenizer emits.
    static func term(_ term: String, startsWord: Bool) -> String {
        var out = "\""
        out.unicodeScalars.append(Unicode.Scalar(startsWord ? DutchTokenizer.termMarker : DutchTokenizer.alternativeMarker))
        return out + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The alternatives of one query word, `("w" OR "^w" OR "+w")` in ``term(_:startsWord:)`` strings.
    static func alternatives(_ terms: [String]) -> String {
        let strings = terms.enumerated().map { term($1, startsWord: $0 == 0) }
        return strings.count == 1 ? strings[0] : "(" + strings.joined(separator: " OR ") + ")"
    }

    /// For each phrase of `expression` (``phrases(in:)``), the index of its group: the alternatives of one
    /// word (``alternatives(_:)``) form one group, any other phrase a group of its own. Groups are
    /// numbered from 0 in order.
    static func groups(in expression: String) -> [Int] {
        var result: [Int] = []
        for phrase in phrases(in: expression) {
            let continues = phrase.unicodeScalars.dropFirst().first?.value == UInt32(DutchTokenizer.alternativeMarker)
            result.append(continues && !result.isEmpty ? result.last! : (result.last ?? -1) + 1)
        }
        return result
    }

    /// `expression` (an FTS5 query built from ``quoted(_:exact:compoundParts:)`` strings) with every
    /// stemmed string turned direct: ``DutchTokenizer/directMarker`` after each opening quote not already
    /// followed by a marker. It matches the same pairs minus those where a word is found only inside a
    /// compound. For ranking: `ORDER BY (rowid IN (SELECT rowid FROM fts WHERE fts MATCH direct)) DESC,
    /// rank` puts pairs holding the words themselves first. Unquoted barewords are left as they are.
    /// A term string (``term(_:startsWord:)``) of a compound part becomes the bare part marker, a term
    /// no text has, so the word's other alternatives remain.
    public static func direct(_ expression: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(expression.unicodeScalars)
        var i = 0
        var inString = false
        while i < scalars.count {
            let c = scalars[i]
            out.append(c)
            if c == "\"" {
                if inString {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { out.append(scalars[i + 1]); i += 1 } else { inString = false }
                } else {
                    inString = true
                    let next = i + 1 < scalars.count ? scalars[i + 1].value : 0
                    let afterNext = i + 2 < scalars.count ? scalars[i + 2].value : 0
                    if next == UInt32(DutchTokenizer.termMarker) || next == UInt32(DutchTokenizer.alternativeMarker) {
                        if afterNext == UInt32(DutchTokenizer.partMarker) {
                            // Keep the marker and the part marker; skip the part itself.
                            out.append(scalars[i + 1]); out.append(scalars[i + 2])
                            i += 3
                            while i < scalars.count, scalars[i] != "\"" { i += 1 }
                            continue
                        }
                    } else if next != UInt32(DutchTokenizer.exactMarker), next != UInt32(DutchTokenizer.directMarker),
                              next != UInt32(DutchTokenizer.facetMarker) {
                        out.append(Unicode.Scalar(DutchTokenizer.directMarker))
                    }
                }
            }
            i += 1
        }
        return String(out)
    }
}

extension FTS5Term {
    /// The facet term `name=value` (``DutchTokenizer/facetMarker`` first) as an FTS5 string. `value` must
    /// be a search key (letters and digits only, see ``SearchKeys``).
    static func facet(_ name: String, _ value: String) -> String {
        var out = "\""
        out.unicodeScalars.append(Unicode.Scalar(DutchTokenizer.facetMarker))
        return out + name + "=" + value.filter { $0.isLetter || $0.isNumber } + "\""
    }

    /// The phrases of an expression built from ``quoted(_:exact:compoundParts:)`` strings, in order: each
    /// quoted string with its quotes (inner `""` kept) and a `*` that follows it. FTS5 numbers the
    /// phrases of a query in this order.
    public static func phrases(in expression: String) -> [String] {
        var result: [String] = []
        let scalars = Array(expression.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "\"" else { i += 1; continue }
            var phrase = String.UnicodeScalarView([scalars[i]])
            i += 1
            while i < scalars.count {
                phrase.append(scalars[i])
                if scalars[i] == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { phrase.append(scalars[i + 1]); i += 2; continue }
                    i += 1
                    break
                }
                i += 1
            }
            if i < scalars.count, scalars[i] == "*" { phrase.append(scalars[i]); i += 1 }
            result.append(String(phrase))
        }
        return result
    }

    /// `phrase` without the ``DutchTokenizer/directMarker`` after its opening quote.
    static func withoutDirectMarker(_ phrase: String) -> String {
        let scalars = phrase.unicodeScalars
        guard scalars.count > 1, scalars.dropFirst().first?.value == UInt32(DutchTokenizer.directMarker) else { return phrase }
        var out = String.UnicodeScalarView([scalars.first!])
        out.append(contentsOf: scalars.dropFirst(2))
        return String(out)
    }
}

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

import Foundation

/// Normalised keys stored beside names so filters ignore case, diacritics, dots and spaces.
public enum SearchKeys {
    /// A party key: lower-case, diacritics folded, letters and digits only (`P.v.d.A.` and `PvdA` → `pvda`,
    /// `D'66` → `d66`).
    public static func party(_ party: String) -> String {
        String(String.UnicodeScalarView(fold(party).unicodeScalars.filter { isAlphanumeric($0) }))
    }

    /// A name key: lower-case, diacritics folded, runs of other characters made one space
    /// (`Haas-Berger` → `haas berger`), for substring matching.
    public static func name(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in fold(name).unicodeScalars {
            if isAlphanumeric(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}

import Foundation

/// Normalised keys stored beside names so filters ignore case, diacritics, dots and spaces.
public enum SearchKeys {
    /// A party key: lower-case, diacritics folded, letters and digits only (`P.v.d.A.` and `PvdA` → `pvda`,
    /// `D'66` → `d66`).
    public static func party(_ party: String) -> String {
        if isASCII(party) {
            // ASCII: folding only lower-cases; letters `A–Z a–z` and digits are the alphanumerics.
            return String(decoding: party.utf8.compactMap { c in asciiAlphanumeric(c) ? lower(c) : nil }, as: UTF8.self)
        }
        return foldedParty(party)
    }

    /// ``party(_:)`` by Foundation's folding (any text, and the reference the ASCII path is tested against).
    static func foldedParty(_ party: String) -> String {
        String(String.UnicodeScalarView(fold(party).unicodeScalars.filter { isAlphanumeric($0) }))
    }

    /// A name key: lower-case, diacritics folded, runs of other characters made one space
    /// (`Haas-Berger` → `haas berger`), for substring matching.
    public static func name(_ name: String) -> String {
        guard isASCII(name) else { return foldedName(name) }
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for c in name.utf8 {
            if asciiAlphanumeric(c) {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(lower(c))
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``name(_:)`` by Foundation's folding (any text, and the reference the ASCII path is tested against).
    static func foldedName(_ name: String) -> String {
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

    private static func isASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }
    private static func asciiAlphanumeric(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 }
    private static func lower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}

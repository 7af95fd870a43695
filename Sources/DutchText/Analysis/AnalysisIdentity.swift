/// What an index must record about the analysis so that it can tell when it was built differently.
public enum AnalysisIdentity {
    /// Words whose Porter stems are checksummed: the start-up probes plus words that differ between
    /// Snowball versions and algorithms.
    static let checksumWords = PorterStemmer.probes.map(\.word) + [
        "gemeenten", "ministers", "financiële", "kinderen", "overheid", "zaken", "beleid", "moties",
        "radicaliseringen", "coördinator", "heden", "ijs", "vrijheid", "opgenomen", "aanhangsel",
    ]

    /// Identity entries of `analyzer`'s chain: analysis version, stemmer algorithm and a checksum of its
    /// stems of fixed words, and a checksum of the override table. (the stemmer's own version is not
    /// visible at run time; the stems checksum stands in for it.)
    public static func entries(of analyzer: DutchAnalyzer) -> [String: String] {
        let stems = checksumWords.map { analyzer.porter.stem($0) }.joined(separator: "\n")
        let overrides = StemOverrides.table.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            .joined(separator: "\n")
        return [
            "analysis.version": String(DutchAnalyzer.version),
            "repair.version": String(DutchText.repairVersion),
            "stemmer.algorithm": "swift:\(analyzer.porter.algorithm)",
            "stemmer.probeChecksum": fnv1a(stems),
            "overrides.checksum": fnv1a(overrides),
            "tokenLimit.maxBytes": String(TokenLimit.maxBytes),
        ]
    }

    /// FNV-1a 64 of a string's UTF-8, as 16 hex digits.
    static func fnv1a(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

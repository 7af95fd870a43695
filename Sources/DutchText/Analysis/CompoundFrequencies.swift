/// How common a folded word is, for the compound splitter: its Zipf value (log10 of occurrences per
/// billion words) from ``CompoundFrequencyData`` (general Dutch text, words of the word list only).
///
/// Choice and limits: the frequencies are static, shipped with the code, not gathered from the indexed
/// corpus. The tokenizer must give a text the same terms every time (an external-content FTS5 index
/// deletes a row by tokenizing it again), so a split may not depend on what else was indexed before.
/// General-text frequencies know parliamentary words less well (`staatssecretaris` is common there too,
/// `kinderbescherming` less so than in Kamervragen); words under Zipf 2.5 are all equally rare.
public final class CompoundFrequencies: @unchecked Sendable {
    /// The shipped table, parsed on first use.
    public static let shared = CompoundFrequencies(text: CompoundFrequencyData.text)

    /// Zipf of a word that is in the lexicon but not in the table (below the table's 2.5 cut-off).
    public static let rareZipf = 2.0

    private let zipfTimesTen: [String: UInt8]

    /// Parses lines `ZIPF×10 word word …`.
    public init(text: String) {
        var table: [String: UInt8] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let first = fields.first, let value = UInt8(first) else { continue }
            for word in fields.dropFirst() { table[String(word)] = max(table[String(word)] ?? 0, value) }
        }
        zipfTimesTen = table
    }

    /// The table: folded word → Zipf × 10.
    public var entries: [String: UInt8] { zipfTimesTen }

    /// Number of words in the table.
    public var count: Int { zipfTimesTen.count }

    /// The Zipf value of a folded word, nil when the table does not have it.
    public func zipf(_ word: String) -> Double? {
        zipfTimesTen[word].map { Double($0) / 10 }
    }
}

import Foundation

/// How common each word is, for the compound splitter: Zipf values (log10 of occurrences per billion
/// words) of the words of the word list.
///
/// An index's frequencies are its own collection's word counts (``CorpusWordCounts``, gathered when the
/// index is rebuilt, stored in it) smoothed with general Dutch (``general``, shipped in
/// ``CompoundFrequencyData``): the general frequencies count as ``priorWords`` words read before the
/// collection. A folder of a few documents therefore splits as general Dutch suggests (one mention of a
/// word makes it no more common), while a collection of a gigabyte splits by its own usage
/// (`staatssecretaris` common, `kinderbescherming` more common than in general text).
///
/// Frequencies are frozen per index: an incremental run keeps the ones of the last rebuild, because the
/// tokenizer must give a text the same terms every time (an external-content FTS5 index deletes a row by
/// tokenizing it again). Words first seen after the rebuild keep their old value until the next one.
public struct CompoundFrequencies: Sendable, Equatable {
    /// Zipf of a word too seldom seen to tell (or not at all): the floor of every score.
    public static let rareZipf = 2.0
    static let rareTimesTen = 20
    /// Weight of the general frequencies, in words (see the type's description).
    public static let priorWords = 5_000_000

    /// Folded word → Zipf × 10, only words above ``rareZipf``.
    public let zipfTimesTen: [String: UInt8]
    /// Words (letter runs of any length) of the collection these frequencies were counted in; 0 for
    /// ``general``.
    public let totalWords: Int

    /// General Dutch (no collection counted), parsed on first use: what the splitter uses without an
    /// index (`kamervragen analyze` with no index, tests).
    public static let general = CompoundFrequencies(text: CompoundFrequencyData.text)

    /// Frequencies as stored in an index.
    public init(zipfTimesTen: [String: UInt8], totalWords: Int) {
        self.zipfTimesTen = zipfTimesTen.filter { Int($0.value) > Self.rareTimesTen }
        self.totalWords = totalWords
    }

    /// Parses lines `ZIPF×10 word word …` (the format of ``CompoundFrequencyData``).
    public init(text: String) {
        var table: [String: UInt8] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let first = fields.first, let value = UInt8(first) else { continue }
            for word in fields.dropFirst() { table[String(word)] = max(table[String(word)] ?? 0, value) }
        }
        self.init(zipfTimesTen: table, totalWords: 0)
    }

    /// Zipf × 10 (rounded, at most 255) of a word counted `count` times among `totalWords` words of a
    /// collection, whose general Zipf × 10 is `generalTimesTen` (0 when general Dutch does not know it,
    /// taken as ``rareZipf``).
    public static func zipfTimesTen(count: Int, totalWords: Int, generalTimesTen: Int) -> Int {
        let general = Double(max(generalTimesTen, rareTimesTen)) / 10
        let prior = Double(priorWords) * pow(10, general - 9)
        let zipf = log10((Double(count) + prior) * 1e9 / Double(totalWords + priorWords))
        return min(255, max(0, Int((zipf * 10).rounded())))
    }

    /// Number of words above the rare floor.
    public var count: Int { zipfTimesTen.count }

    /// The Zipf value of a folded word, nil when it is rare or unknown.
    public func zipf(_ word: String) -> Double? {
        zipfTimesTen[word].map { Double($0) / 10 }
    }
}

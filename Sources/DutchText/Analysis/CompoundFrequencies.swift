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
        Self.forEachEntry(in: text) { word, value in
            let key = String(decoding: word, as: UTF8.self)
            table[key] = max(table[key] ?? 0, value)
        }
        self.init(zipfTimesTen: table, totalWords: 0)
    }

    /// Calls `body` with each word (bytes) and its value of a text in that format, without building a
    /// `String` per word (``CompoundLexicon/general`` reads the shipped table at every rebuild).
    static func forEachEntry(in text: String, _ body: (UnsafeBufferPointer<UInt8>, UInt8) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var i = 0, value = -1, lineStart = true
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A { lineStart = true; value = -1; i += 1; continue }
                if b == 0x20 { i += 1; continue }
                var end = i
                while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x0A { end += 1 }
                let field = UnsafeBufferPointer(rebasing: bytes[i..<end])
                if lineStart {
                    value = Int(String(decoding: field, as: UTF8.self)) ?? -1
                    lineStart = false
                } else if (0...255).contains(value) {
                    body(field, UInt8(value))
                }
                i = end
            }
        }
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

    /// The splitter's value for a word seen `count` times among `totalWords` (its general value
    /// `generalTimesTen`): ``zipfTimesTen(count:totalWords:generalTimesTen:)``, or 0 (rare) at or below
    /// the rare floor.
    public static func smoothedTimesTen(count: Int, totalWords: Int, generalTimesTen: Int) -> UInt8 {
        guard count != 0 || generalTimesTen > rareTimesTen else { return 0 }
        let z = zipfTimesTen(count: count, totalWords: totalWords, generalTimesTen: generalTimesTen)
        return z > rareTimesTen ? UInt8(z) : 0
    }

    /// Number of words above the rare floor.
    public var count: Int { zipfTimesTen.count }

    /// The Zipf value of a folded word, nil when it is rare or unknown.
    public func zipf(_ word: String) -> Double? {
        zipfTimesTen[word].map { Double($0) / 10 }
    }
}

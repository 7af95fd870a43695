import Foundation

/// Occurrence counts of the words of a ``CompoundLexicon`` in raw texts: the data behind an index's
/// ``CompoundFrequencies``, gathered by a fast scan of the files before a rebuild.
///
/// A word is a run of letters (ASCII letters and any non-ASCII character; everything else separates),
/// folded as the tokenizer folds it (lower case, no diacritics). Every word counts towards
/// ``totalWords``; only words of the lexicon of at least ``CompoundSplitter/minimumPart`` letters are
/// counted one by one (only they can be compound parts). The scan sees the raw text, page furniture
/// and line-break hyphens included: a frequency estimate, not the index's term counts.
public struct CorpusWordCounts {
    /// The lexicon whose words are counted; its own frequencies are the general ones the counts are
    /// smoothed with (``CompoundLexicon/general``).
    public let lexicon: CompoundLexicon
    /// Occurrences per lexicon word index.
    public private(set) var counts: [UInt32]
    /// Words read, counted or not.
    public private(set) var totalWords = 0

    /// Empty counts over `lexicon`.
    public init(lexicon: CompoundLexicon) {
        self.lexicon = lexicon
        counts = [UInt32](repeating: 0, count: lexicon.count)
    }

    /// Counts the words of `text` (UTF-8).
    public mutating func add(_ text: UnsafeBufferPointer<UInt8>) {
        let n = text.count
        var word = [UInt8](repeating: 0, count: TokenLimit.maxBytes)
        var i = 0
        var total = 0
        let lexicon = self.lexicon
        counts.withUnsafeMutableBufferPointer { counts in
            word.withUnsafeMutableBufferPointer { word in
                while i < n {
                    let b = text[i]
                    guard Self.isLetter(b) else { i += 1; continue }
                    let start = i
                    var ascii = true
                    while i < n, Self.isLetter(text[i]) {
                        if text[i] >= 0x80 { ascii = false }
                        i += 1
                    }
                    total += 1
                    let length = i - start
                    if ascii {
                        guard length >= CompoundSplitter.minimumPart, length <= TokenLimit.maxBytes else { continue }
                        var h = CompoundLexicon.fnvBasis
                        for k in 0..<length {
                            let c = text[start + k]
                            let lower = c &- 0x41 < 26 ? c | 0x20 : c
                            word[k] = lower
                            h = (h ^ UInt64(lower)) &* CompoundLexicon.fnvPrime
                        }
                        let index = lexicon.index(ofFolded: UnsafeBufferPointer(rebasing: word[0..<length]), fnv: h)
                        if index >= 0 { counts[index] &+= 1 }
                    } else {
                        let bytes = UnsafeBufferPointer(rebasing: text[start..<i])
                        if let length = Self.foldCommon(bytes, into: word) {
                            guard length >= CompoundSplitter.minimumPart, length <= TokenLimit.maxBytes else { continue }
                            let folded = UnsafeBufferPointer(rebasing: word[0..<length])
                            let index = lexicon.index(ofFolded: folded, fnv: CompoundLexicon.fnv(folded))
                            if index >= 0 { counts[index] &+= 1 }
                        } else {
                            Self.countSlowly(bytes, lexicon: lexicon, into: counts)
                        }
                    }
                }
            }
        }
        totalWords += total
    }

    /// The ``TokenFolding/fold(_:)`` of a word of ASCII letters, U+0080–U+00FF and U+2000–U+203F (most
    /// non-ASCII words of Dutch text: `financiële`, `Kamer’s`, `—`), folded scalar by scalar into
    /// `out`: its length, or `TokenLimit.maxBytes + 1` when longer. Nil for any other word.
    static func foldCommon(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0, o = 0
        while i < n {
            let b = bytes[i]
            let fold: [UInt8]?
            if b < 0x80 {
                guard o < TokenLimit.maxBytes else { return TokenLimit.maxBytes + 1 }
                out[o] = b &- 0x41 < 26 ? b | 0x20 : b
                o += 1; i += 1
                continue
            } else if (b == 0xC2 || b == 0xC3), i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
                fold = commonFolds[Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F) - 0x80]
                i += 2
            } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                fold = commonFolds[0x80 + Int(bytes[i + 2] & 0x3F)]
                i += 3
            } else {
                return nil
            }
            guard let fold else { return nil }
            guard o + fold.count <= TokenLimit.maxBytes else { return TokenLimit.maxBytes + 1 }
            for x in fold { out[o] = x; o += 1 }
        }
        return o
    }

    /// ``TokenFolding/fold(_:)`` of each scalar of U+0080–U+00FF (at its value less 0x80), then of
    /// U+2000–U+203F (at 0x80 + its value less 0x2000); nil for a scalar that joins the one before it
    /// (U+200C, U+200D: folded with it, not on its own).
    static let commonFolds: [[UInt8]?] = (Array(0x80...0xFF) + Array(0x2000...0x203F)).map {
        let scalar = String(Unicode.Scalar(UInt32($0))!)
        return FastText.joinsPrevious(Array(scalar.utf8), at: 0) ? nil : Array(TokenFolding.fold(scalar).utf8)
    }

    /// A word with other non-ASCII characters: folded through `String` (rare in Dutch text).
    private static func countSlowly(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: CompoundLexicon,
                                    into counts: UnsafeMutableBufferPointer<UInt32>) {
        let folded = Array(TokenFolding.fold(String(decoding: bytes, as: UTF8.self)).utf8)
        guard folded.count >= CompoundSplitter.minimumPart, folded.count <= TokenLimit.maxBytes else { return }
        let index = folded.withUnsafeBufferPointer { lexicon.index(ofFolded: $0, fnv: CompoundLexicon.fnv($0)) }
        if index >= 0 { counts[index] &+= 1 }
    }

    /// Counts the words of `text`.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }

    /// Adds the counts of `other` (over the same lexicon).
    public mutating func merge(_ other: CorpusWordCounts) {
        precondition(other.counts.count == counts.count, "counts over different lexicons")
        for i in counts.indices where other.counts[i] != 0 { counts[i] &+= other.counts[i] }
        totalWords += other.totalWords
    }

    /// The lexicon with the frequencies these counts give, smoothed with its own (general) frequencies
    /// (values at the rare floor or below are 0).
    public var frequencies: CompoundLexicon {
        let generalValues = lexicon.zipfValues
        var values = [UInt8](repeating: 0, count: counts.count)
        for i in counts.indices {
            values[i] = CompoundFrequencies.smoothedTimesTen(count: Int(counts[i]), totalWords: totalWords,
                                                             generalTimesTen: Int(generalValues[i]))
        }
        return lexicon.with(zipfs: values, identity: "\(lexicon.identity)+\(totalWords) words")
    }

    /// Letters: ASCII letters and every byte of a multi-byte UTF-8 character (accented letters; the
    /// few non-letter symbols among them only join words that the lexicon then does not know).
    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b >= 0x80 }
}

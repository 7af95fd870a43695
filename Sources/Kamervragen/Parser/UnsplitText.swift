/// The text the segmenter placed in no block: the complement of the placed byte ranges, in order.
enum UnsplitText {
    /// The stretches of `bytes` outside every range of `placed` (ranges may overlap or touch), as text.
    static func pieces(of bytes: [UInt8], placed: [Range<Int>]) -> [String] {
        var pieces: [String] = []
        var position = 0
        for range in placed.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let lower = min(max(range.lowerBound, 0), bytes.count)
            if lower > position { pieces.append(String(decoding: bytes[position..<lower], as: UTF8.self)) }
            position = max(position, min(range.upperBound, bytes.count))
        }
        if position < bytes.count { pieces.append(String(decoding: bytes[position...], as: UTF8.self)) }
        return pieces
    }
}

extension UnsplitText {
    /// Words that only head a block (`Vraag 2 en 3`, `Mededeling`): a piece made of these, numbers and
    /// punctuation alone is structure, not text.
    private static let headingWords: Set<String> = [
        "vraag", "vragen", "antwoord", "antwoorden", "mededeling", "toelichting", "ad", "op", "de", "en",
        "t", "m", "tot", "met",
    ]

    /// Whether `piece` holds no word but heading words (also when it holds no word at all). Stops at
    /// the first other word, which is most often the first word of the piece.
    static func isOnlyHeadings(_ piece: String) -> Bool {
        var word = ""
        for scalar in piece.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.unicodeScalars.append(scalar.isASCII ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
                if word.utf8.count > 11 { return false }  // longer than every heading word
            } else if !word.isEmpty {
                if !headingWords.contains(word) { return false }
                word = ""
            }
        }
        return word.isEmpty || headingWords.contains(word)
    }
}

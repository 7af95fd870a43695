/// Hints for words glued together where an extractor lost a line break (`verklaringaangegeven`,
/// `destraat`, `vrijdag18`).
///
/// Only a hint: the stored text is not changed, because a solid Dutch compound that the word list lacks
/// (`zorgakkoord`) looks the same. Callers (search, analysis) may index the parts as extra terms.
public enum GluedWords {
    /// The two parts of `token` when it is not a word itself but splits into two words (each at least
    /// 2 letters, the longer split preferred), or a word and a number (`vrijdag18`); nil otherwise.
    public static func hint(_ token: String, isWord: (String) -> Bool) -> [String]? {
        let chars = Array(token)
        guard chars.count >= 6, chars.count <= 60 else { return nil }
        // Letters glued to digits: `vrijdag18`, `18oktober`.
        if let firstDigit = chars.firstIndex(where: \.isNumber), chars.allSatisfy({ $0.isLetter || $0.isNumber }) {
            let lettersFirst = firstDigit > 0 && chars[firstDigit...].allSatisfy(\.isNumber)
            let digitsFirst = firstDigit == 0, letterStart = chars.firstIndex(where: \.isLetter)
            if lettersFirst, firstDigit >= 3, isWord(String(chars[..<firstDigit]).lowercased()) {
                return [String(chars[..<firstDigit]), String(chars[firstDigit...])]
            }
            if digitsFirst, let l = letterStart, chars[..<l].allSatisfy(\.isNumber), chars[l...].allSatisfy(\.isLetter),
               chars.count - l >= 3, isWord(String(chars[l...]).lowercased()) {
                return [String(chars[..<l]), String(chars[l...])]
            }
            return nil
        }
        guard chars.allSatisfy(\.isLetter) else { return nil }
        let lower = token.lowercased()
        guard !isWord(lower) else { return nil }
        let low = Array(lower)
        var best: (Int, Int)? = nil  // (split index, shorter part length)
        for i in 2...(low.count - 2) {
            let left = String(low[..<i]), right = String(low[i...])
            guard isWord(left), isWord(right) else { continue }
            let shorter = min(i, low.count - i)
            if best == nil || shorter > best!.1 { best = (i, shorter) }
        }
        guard let (i, shorter) = best, shorter >= 2 else { return nil }
        return [String(chars[..<i]), String(chars[i...])]
    }
}

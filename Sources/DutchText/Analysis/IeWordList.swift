import Foundation

/// The words of the system word list whose folded form ends in `-ie`: all that ``IesPluralRule`` ever
/// asks about. Reading just those takes milliseconds, where ``Lexicon/shared`` loads and folds all
/// ~400,000 words (about 2 s in a release build), which a search would otherwise pay on its first
/// `-ies` word. The same file as ``Lexicon/shared`` (same candidates, same order), so both give the
/// rule the same answers.
public enum IeWordList {
    /// Loaded once per process, on first use.
    public static let shared: Lexicon = load(environment: ProcessInfo.processInfo.environment)

    /// Starts loading on a background thread, so that a search meeting an `-ies` word (in the query or
    /// in a snippet) finds the list ready.
    public static func prepareInBackground() {
        Thread { _ = IeWordList.shared }.start()
    }

    /// The `-ie` words of the first readable list among `$KAMERVRAGEN_LEXICON`, `/usr/share/dict/dutch`,
    /// `/usr/share/dict/nederlands`; an empty lexicon (identity `none`) when there is none.
    static func load(environment: [String: String]) -> Lexicon {
        var candidates: [String] = []
        if let env = environment["KAMERVRAGEN_LEXICON"], !env.isEmpty { candidates.append(env) }
        candidates += ["/usr/share/dict/dutch", "/usr/share/dict/nederlands"]
        for path in candidates {
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1)
            else { continue }
            let words = ieWords(in: text)
            return Lexicon(words: words, identity: "\(path):\(words.count) -ie words")
        }
        return Lexicon(words: [], identity: "none")
    }

    /// The lines of `text` whose folded, trimmed form ends in `ie` (comments `#…` skipped).
    static func ieWords(in text: String) -> [String] {
        var words: [String] = []
        for line in text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)] == 0x20 || line[line.index(before: end)] == 0x09 {
                end = line.index(before: end)
            }
            let trimmed = line[line.startIndex..<end]
            guard trimmed.count >= 2, trimmed.first != UInt8(ascii: "#") else { continue }
            // Cheap filter on the last two bytes: ASCII `ie` in any case, or anything non-ASCII (`ië`).
            let last = trimmed[trimmed.index(before: trimmed.endIndex)]
            let previous = trimmed[trimmed.index(trimmed.endIndex, offsetBy: -2)]
            let asciiIE = last | 0x20 == UInt8(ascii: "e") && previous | 0x20 == UInt8(ascii: "i")
            guard asciiIE || last >= 0x80 || previous >= 0x80 else { continue }
            let word = String(Substring(trimmed)).trimmingCharacters(in: .whitespaces)
            guard asciiIE || Lexicon.fold(word).hasSuffix("ie") else { continue }
            words.append(word)
        }
        return words
    }
}

import Foundation

/// The words of the word list whose folded form ends in `-ie`: all that ``IesPluralRule`` ever
/// asks about. Reading just those takes milliseconds, where ``Lexicon/shared`` loads and folds all
/// ~400,000 words (about 2 s in a release build), which a search would otherwise pay on its first
/// `-ies` word. The same file as ``Lexicon/shared`` (same candidates, same order), so both give the
/// rule the same answers.
public enum IeWordList {
    /// Loaded once per process, on first use.
    public static let shared: Lexicon = load(environment: ProcessInfo.processInfo.environment)

    /// The `-ie` words of the list ``WordListSource`` gives for `environment`.
    static func load(environment: [String: String]) -> Lexicon {
        let (data, identity) = WordListSource.load(environment: environment)
        let words = ieWords(in: data)
        return Lexicon(words: words, identity: "\(identity):\(words.count) -ie words")
    }

    /// The lines of `text` whose folded, trimmed form ends in `ie` (comments `#…` skipped).
    static func ieWords(in text: String) -> [String] { ieWords(in: Data(text.utf8)) }

    /// The lines of `data` whose folded, trimmed form ends in `ie` (comments `#…` skipped). Lines whose
    /// last two bytes are ASCII other than `ie` are skipped without making a string. A line that is not
    /// UTF-8 is read as Latin-1.
    static func ieWords(in data: Data) -> [String] {
        var result: [String] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            let count = raw.count
            var start = 0
            while start < count {
                let end: Int
                if let nl = memchr(base + start, 0x0A, count - start) {
                    end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = count
                }
                defer { start = end + 1 }
                var last = end
                while last > start && (base[last - 1] == 0x0D || base[last - 1] == 0x20 || base[last - 1] == 0x09) {
                    last -= 1
                }
                guard last - start >= 2 else { continue }
                let e = base[last - 1], i = base[last - 2]
                let asciiTail = e < 0x80 && i < 0x80
                if asciiTail && ((e | 0x20) != UInt8(ascii: "e") || (i | 0x20) != UInt8(ascii: "i")) { continue }
                var first = start
                while first < last && (base[first] == 0x20 || base[first] == 0x09) { first += 1 }
                guard first < last, base[first] != UInt8(ascii: "#") else { continue }
                let line = UnsafeBufferPointer(start: base + first, count: last - first)
                let word = String(validating: line, as: UTF8.self)
                    ?? String(String.UnicodeScalarView(line.map { Unicode.Scalar($0) }))
                if asciiTail || Lexicon.fold(word.lowercased()).hasSuffix("ie") { result.append(word) }
            }
        }
        return result
    }
}

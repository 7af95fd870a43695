import ArgumentParser
import DutchText
import Foundation
import SearchIndex

/// `kamervragen analyze`: shows the terms the index sees for a text, through the real tokenizer.
struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show how the search index tokenizes TEXT (or standard input).",
        discussion: """
            Each line: position, byte offsets [start,end), the text as written, then the terms the index \
            stores (document mode) or looks up (--query). '~' marks a term colocated with the previous one \
            (same position); '^' stands for the stem marker byte U+0001 that stem terms carry, '+' for the \
            compound-part marker U+0003. A word split into parts (document mode) is followed by the split \
            and its reason: the parts' geometric-mean frequency (Zipf) against the word's own. Frequencies \
            are those of the index (--db): its documents' word counts at the last rebuild, smoothed with \
            general Dutch; without an index, general Dutch alone.
              1  [3,12)  Gemeenten → gemeenten | ~^gemeent
              2  [13,31)  versterkingsgelden → versterkingsgelden | ~^versterkingsgeld | ~+versterk | ~+geld \
            (split: versterking|s|gelden, score 4.20; not a word)
            """)

    @Flag(help: "Tokenize as a search query (stemmed), not as a document.")
    var query = false

    @Flag(help: "With --query: exact matching, as written (no stemming).")
    var exact = false

    @Flag(help: "With --query: as a prefix query (TEXT*): the last word unstemmed.")
    var prefix = false

    @Flag(help: "One JSON object per token (JSON Lines).")
    var json = false

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("bench-index"), help: .hidden)
    var benchDirectory: String?

    @Option(name: .customLong("tokenizer"), help: .hidden)
    var benchTokenizer: String = "dutch"

    @Option(name: .customLong("bench-repeat"), help: .hidden)
    var benchRepeat = 1

    @Argument(help: "The text; read from standard input when absent.")
    var text: [String] = []

    func validate() throws {
        if (exact || prefix) && !query { throw ValidationError("--exact and --prefix need --query") }
        if benchDirectory != nil, TokenizerBenchmark.Tokenizer(rawValue: benchTokenizer) == nil {
            throw ValidationError("--tokenizer must be unicode61, dutch or dutch-nocompounds")
        }
        if benchRepeat < 1 { throw ValidationError("--bench-repeat must be at least 1") }
    }

    func run() async throws {
        if let benchDirectory { return try bench(benchDirectory) }
        let input = text.isEmpty
            ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            : text.joined(separator: " ")
        let mode: TokenInspector.Mode = query ? .query(exact: exact, prefix: prefix) : .document
        let lexicon = query ? .general : (WordFrequencyTable.read(databasePath: database.location.path) ?? .general)
        let tokens = try TokenInspector.analyze(input, mode: mode, lexicon: lexicon)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let splitter = CompoundSplitter(lexicon: { lexicon })
        for token in tokens {
            if json {
                print(String(decoding: try encoder.encode(token), as: UTF8.self))
            } else {
                let terms = token.terms.map {
                    ($0.colocated ? "~" : "") + $0.text.replacingOccurrences(of: "\u{1}", with: "^")
                        .replacingOccurrences(of: "\u{3}", with: "+")
                }
                var line = "\(token.position)  [\(token.start),\(token.end))  \(token.surface) → \(terms.joined(separator: " | "))"
                if !query, token.terms.contains(where: { $0.text.hasPrefix("\u{3}") }),
                   let why = Self.explain(splitter.decide(token.terms[0].text)) {
                    line += "  (\(why))"
                }
                print(line)
            }
        }
    }

    /// Why the splitter split a word: `split: kinderbescherming|s|maatregel, score 3.75; word 2.00`.
    static func explain(_ decision: CompoundSplitter.Decision) -> String? {
        guard case .split(let split, let wordScore) = decision else { return nil }
        let word = wordScore.map { String(format: "word %.2f", $0) } ?? "not a word"
        return String(format: "split: %@, score %.2f; %@", split.description, split.score, word)
    }

    /// Hidden: times inserting every `*.txt` under `directory` into FTS5 (see scripts/bench-tokenizer).
    private func bench(_ directory: String) throws {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw ValidationError("cannot read \(directory)")
        }
        var texts: [String] = []
        for case let url as URL in walker where url.pathExtension == "txt" {
            if let data = FileManager.default.contents(atPath: url.path) { texts.append(String(decoding: data, as: UTF8.self)) }
        }
        guard !texts.isEmpty else { throw ValidationError("no .txt files under \(directory)") }
        let all = Array(repeating: texts, count: benchRepeat).flatMap { $0 }
        let result = try TokenizerBenchmark.run(texts: all, tokenizer: TokenizerBenchmark.Tokenizer(rawValue: benchTokenizer)!)
        print(String(format: "%@ documents=%d bytes=%d seconds=%.3f cpu=%.3f setup=%.3f MB/s=%.2f index=%d", result.tokenizer,
                     result.documents, result.bytes, result.seconds, result.cpuSeconds, result.setupSeconds,
                     result.megabytesPerSecond, result.indexBytes))
    }
}

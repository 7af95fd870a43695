import DutchText
import Foundation
import GRDB

/// Measures how fast texts are inserted into an FTS5 table with a given tokenizer, to compare
/// `kamervragen_dutch` against the plain `unicode61 remove_diacritics 2` it wraps.
public enum TokenizerBenchmark {
    /// The tokenizers compared.
    public enum Tokenizer: String, CaseIterable, Sendable {
        /// `dutch-nocompounds`: `kamervragen_dutch` without compound parts, to measure what they cost.
        case unicode61, dutch, dutchNoCompounds = "dutch-nocompounds"

        var clause: String {
            switch self {
            case .unicode61: return "unicode61 remove_diacritics 2"
            case .dutch: return DutchTokenizer.name
            case .dutchNoCompounds: return "\(DutchTokenizer.name) \(DutchTokenizer.noCompoundsArgument)"
            }
        }
    }

    /// One measurement.
    public struct Result: Sendable, Codable {
        public var tokenizer: String
        public var documents: Int
        public var bytes: Int
        /// Wall-clock time of the inserts and the commit, in seconds.
        public var seconds: Double
        /// Process CPU time of the same (steadier than wall time on a shared machine), in seconds.
        public var cpuSeconds: Double
        /// One-time set-up excluded from `seconds` (loading the `-ie` words for the `-ies` rule and, with
        /// compound parts, the word list of the splitter and the count of its frequencies), in seconds.
        public var setupSeconds: Double
        /// Size of the FTS5 index after the inserts (its `_data` and `_idx` tables), in bytes.
        public var indexBytes: Int
        public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }
    }

    /// Inserts `texts` into a fresh in-memory FTS5 table (bulk-build settings) in one transaction and
    /// times it.
    public static func run(texts: [String], tokenizer: Tokenizer) throws -> Result {
        let clock = ContinuousClock()
        var setup = Duration.zero
        if tokenizer != .unicode61 {
            // The `-ie` word list loads once per process on the first `-ies` word; keep it out of the rate.
            setup = clock.measure { _ = IeWordList.shared.count }
        }
        var frequencies = CompoundLexicon.general
        if tokenizer == .dutch {
            // As a rebuild does: the splitter's frequencies counted in the texts first.
            setup += clock.measure {
                var counts = CorpusWordCounts(lexicon: CompoundLexicon.general)
                for text in texts { counts.add(text) }
                frequencies = counts.frequencies
            }
        }
        var config = Configuration()
        config.registerDutchTokenizer()
        let db = try DatabaseQueue(configuration: config)
        try db.write { db in
            ConnectionFrequencies.attach(frequencies, to: db)
            try db.execute(sql: "CREATE VIRTUAL TABLE bench USING fts5(body, tokenize='\(tokenizer.clause)')")
            // The settings of a bulk build (`Schema.create(bulk: true)`): one big in-memory hash, no merging.
            for (key, value) in [("pgsz", 4050), ("crisismerge", 16), ("hashsize", 64 << 20), ("automerge", 0)] {
                try db.execute(sql: "INSERT INTO bench(bench, rank) VALUES(?, ?)", arguments: [key, value])
            }
        }
        let cpuBefore = processCPUSeconds()
        let elapsed = try clock.measure {
            try db.write { db in
                let statement = try db.makeStatement(sql: "INSERT INTO bench(body) VALUES (?)")
                for text in texts { try statement.execute(arguments: [text]) }
            }
        }
        let cpu = processCPUSeconds() - cpuBefore
        db.inDatabase { ConnectionFrequencies.detach(from: $0) }
        let indexBytes = try db.read { db in
            try Int.fetchOne(db, sql: "SELECT coalesce(sum(length(block)), 0) FROM bench_data") ?? 0
        } + (try db.read { db in
            try Int.fetchOne(db, sql: "SELECT coalesce(sum(length(term)) + 16 * count(*), 0) FROM bench_idx") ?? 0
        })
        return Result(tokenizer: tokenizer.rawValue, documents: texts.count, bytes: texts.reduce(0) { $0 + $1.utf8.count },
                      seconds: elapsed.seconds, cpuSeconds: cpu, setupSeconds: setup.seconds,
                      indexBytes: indexBytes)
    }
}

private func processCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

private extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}

import DutchText
import GRDB

/// One token as the index sees it: what `kamervragen analyze` prints.
public struct AnalyzedToken: Sendable, Equatable, Codable {
    /// One emitted term.
    public struct Term: Sendable, Equatable, Codable {
        /// The term's text; a stem term starts with U+0001 (``DutchTokenizer/stemMarker``).
        public var text: String
        /// Whether FTS5 places it at the same position as the previous term.
        public var colocated: Bool
    }
    /// Position in the token stream (0-based, colocated terms share it).
    public var position: Int
    /// Byte offsets `[start, end)` in the UTF-8 text.
    public var start: Int
    public var end: Int
    /// The text at those offsets, as written.
    public var surface: String
    public var terms: [Term]
}

/// Runs the real ``DutchTokenizer`` (through an in-memory SQLite connection) over text.
public enum TokenInspector {
    /// How the text is tokenized.
    public enum Mode: Sendable {
        case document
        /// A query string; `exact` adds the exact marker, `prefix` tokenizes as for `text*`.
        case query(exact: Bool, prefix: Bool)
    }

    /// The tokens of `text` in `mode`, grouped by position; compounds split with `lexicon`'s frequencies
    /// (an index's, see ``WordFrequencyTable``).
    public static func analyze(_ text: String, mode: Mode,
                               lexicon: CompoundLexicon = .general) throws -> [AnalyzedToken] {
        let db = try DatabaseQueue()
        return try db.inDatabase { db in
            DutchTokenizer.register(in: db)
            ConnectionFrequencies.attach(lexicon, to: db)
            defer { ConnectionFrequencies.detach(from: db) }
            let tokenizer = try db.makeTokenizer(DutchTokenizer.tokenizerDescriptor())
            return try analyze(text, mode: mode, with: tokenizer)
        }
    }

    private final class Collector {
        var raw: [(bytes: [UInt8], flags: CInt, start: Int, end: Int)] = []
    }

    /// The tokens of `text` through `tokenizer` (any FTS5 tokenizer).
    public static func analyze(_ text: String, mode: Mode, with tokenizer: any FTS5Tokenizer) throws -> [AnalyzedToken] {
        var input = Array(text.utf8)
        var offsetShift = 0
        var tokenization = FTS5Tokenization.document
        if case .query(let exact, let prefix) = mode {
            tokenization = prefix ? [.query, .prefix] : .query
            if exact { input.insert(DutchTokenizer.exactMarker, at: 0); offsetShift = 1 }
        }
        let collector = Collector()
        let rc = input.withUnsafeBufferPointer { buf -> CInt in
            buf.withMemoryRebound(to: CChar.self) { chars in
                tokenizer.tokenize(context: Unmanaged.passUnretained(collector).toOpaque(), tokenization: tokenization,
                                   pText: chars.baseAddress, nText: CInt(chars.count)) { ctx, flags, p, n, s, e in
                    let c = Unmanaged<Collector>.fromOpaque(ctx!).takeUnretainedValue()
                    let bytes = p.map { Array(UnsafeRawBufferPointer(start: $0, count: Int(n))) } ?? []
                    c.raw.append((bytes, flags, Int(s), Int(e)))
                    return 0
                }
            }
        }
        if rc != 0 { throw DatabaseError(resultCode: ResultCode(rawValue: rc)) }
        let utf8 = Array(text.utf8)
        var tokens: [AnalyzedToken] = []
        for r in collector.raw {
            let term = AnalyzedToken.Term(text: String(decoding: r.bytes, as: UTF8.self),
                                          colocated: r.flags & FTS5TokenFlags.colocated.rawValue != 0)
            if term.colocated, !tokens.isEmpty {
                tokens[tokens.count - 1].terms.append(term)
                continue
            }
            let s = min(max(r.start - offsetShift, 0), utf8.count), e = min(max(r.end - offsetShift, s), utf8.count)
            tokens.append(AnalyzedToken(position: tokens.count, start: s, end: e,
                                        surface: String(decoding: utf8[s..<e], as: UTF8.self), terms: [term]))
        }
        return tokens
    }
}

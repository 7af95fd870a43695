import GRDB
import SearchIndex

/// Shared helpers for the tokenizer tests: an in-memory database with the tokenizer registered.
enum TokenizerTestSupport {
    static func makeDatabase() throws -> DatabaseQueue {
        var config = Configuration()
        config.registerDutchTokenizer()
        return try DatabaseQueue(configuration: config)
    }

    /// Whether `query` (raw FTS5 syntax) matches `content` in a fresh `kamervragen_dutch` table.
    static func match(_ db: Database, _ content: String, _ query: String) throws -> Bool {
        try db.execute(sql: "DROP TABLE IF EXISTS m")
        try db.execute(sql: "CREATE VIRTUAL TABLE m USING fts5(body, tokenize='kamervragen_dutch')")
        try db.execute(sql: "INSERT INTO m(body) VALUES (?)", arguments: [content])
        return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM m WHERE m MATCH ?)", arguments: [query])!
    }

    /// `match` for a user term, quoted the way the query builder does.
    static func matchTerm(_ db: Database, _ content: String, _ term: String, exact: Bool = false) throws -> Bool {
        try match(db, content, FTS5Term.quoted(term, exact: exact))
    }

    /// The document terms of `text` as `term` or `~term` (colocated), stem marker shown as `^`.
    static func terms(_ tokens: [(token: String, flags: FTS5TokenFlags)]) -> [String] {
        tokens.map { ($0.flags.contains(.colocated) ? "~" : "") + $0.token.replacingOccurrences(of: "\u{1}", with: "^") }
    }

    /// All terms of raw `bytes`, with their flags and offsets, in `tokenization` mode.
    static func rawTerms(_ tokenizer: any FTS5Tokenizer, _ bytes: [UInt8], _ tokenization: FTS5Tokenization)
    -> (rc: CInt, terms: [(bytes: [UInt8], flags: CInt, start: Int, end: Int)]) {
        final class Box { var terms: [(bytes: [UInt8], flags: CInt, start: Int, end: Int)] = [] }
        let box = Box()
        let rc = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                tokenizer.tokenize(context: Unmanaged.passUnretained(box).toOpaque(), tokenization: tokenization,
                                   pText: chars.baseAddress, nText: CInt(chars.count)) { ctx, flags, p, n, s, e in
                    let box = Unmanaged<Box>.fromOpaque(ctx!).takeUnretainedValue()
                    box.terms.append((p.map { Array(UnsafeRawBufferPointer(start: $0, count: Int(n))) } ?? [],
                                      flags, Int(s), Int(e)))
                    return 0
                }
            }
        }
        return (rc, box.terms)
    }
}

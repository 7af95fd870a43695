import DutchText
import Foundation
import GRDB
import GRDBSQLite
import Kamervragen

/// Runs searches against an index file.
public final class Searcher {
    private let queue: DatabaseQueue
    private let candidateLimit: Int
    private let countLimit: Int

    /// Opens the index at `path`; throws ``IndexError`` when it is missing or was built by another
    /// schema or analyser. The limits default to ``candidateLimit`` and ``countLimit`` (tests lower them).
    public init(databasePath path: String, candidateLimit: Int = Searcher.candidateLimit,
                countLimit: Int = Searcher.countLimit) throws {
        queue = try IndexDatabase.openForReading(at: path)
        // Searches read through a memory map: no copy of each 16 KB page out of the OS cache (up to
        // SQLite's compiled-in limit, 2 GB on Debian). Index writers do not map: an I/O error there
        // must stay an error, not a signal.
        try? queue.inDatabase { try $0.execute(sql: "PRAGMA mmap_size = 4294967296") }
        self.candidateLimit = max(1, candidateLimit)
        self.countLimit = max(1, countLimit)
    }

    // The query tokenizers go before the connection that made them.
    deinit { alternatives = nil; tokenizer = nil; try? queue.close() }

    /// Runs `body` in one read transaction of the index (for the steps built on the searcher, such as
    /// ``SimilarQuestions``). SQLite errors are left to the caller.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.read(body)
    }

    private var tokenizer: (any FTS5Tokenizer)?

    /// The index's own analyser (``DutchTokenizer``) on this searcher's connection, made once: for
    /// analysing a text as the index analyses its queries.
    func analysisTokenizer() throws -> any FTS5Tokenizer {
        if let tokenizer { return tokenizer }
        let made = try queue.inDatabase { try $0.makeTokenizer(DutchTokenizer.tokenizerDescriptor()) }
        tokenizer = made
        return made
    }

    /// The bound on candidates scored per expression (``BoundedRanking``) this searcher uses.
    var rankingLimits: (candidates: Int, count: Int) { (candidateLimit, countLimit) }

    /// One ranked pair, before its details are read.
    struct RankedPair {
        var id: Int64
        /// Lower is better, as FTS5's rank; the hit's score is its negation.
        var rank: Double
        var matchesAll = true
    }

    /// The hits of `ranked`, in that order, numbered from `firstPlace`, with question and answer
    /// snippets marking the phrases of `highlight` (an FTS5 expression each pair matches).
    func hydrate(_ ranked: [RankedPair], highlight: String, snippetTokens: Int, firstPlace: Int,
                 _ db: Database) throws -> [SearchHit] {
        let snippets = try snippets(for: ranked.map(\.id), highlight: highlight, tokens: snippetTokens, db)
        var hits: [SearchHit] = []
        for (i, pair) in ranked.enumerated() {
            if let hit = try details(pair.id, rank: pair.rank, place: firstPlace + i, matchesAll: pair.matchesAll,
                                     snippets: snippets[pair.id], db) {
                hits.append(hit)
            }
        }
        return hits
    }

    /// A request turned into FTS5 expressions once: the full and partial matches with the filters, the
    /// expression that marks highlights, the query as understood, and its plain words (for suggestions).
    struct CompiledQuery {
        var full: String
        var some: String?
        var highlight: String
        var understood: String
        var words: [String]
        var filter: FilterSQL
    }

    /// Compiles `request`. Throws ``IndexError`` (`badQuery` for a query that cannot be understood).
    func compile(_ request: SearchRequest) throws -> CompiledQuery {
        if request.raw {
            let trimmed = request.query.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw IndexError(.badQuery, "empty query: give an FTS5 expression") }
            let filter = try FilterSQL(request.filters)
            return CompiledQuery(full: filter.restrict(trimmed), some: nil, highlight: trimmed, understood: trimmed,
                                 words: [], filter: filter)
        }
        let query = try QueryParser(exact: request.exact).parse(request.query)
        let filter = try FilterSQL(request.filters)
        var builder = try expressionBuilder()
        var full = filter.restrict(builder.all(query))
        var some = builder.some(query).map(filter.restrict)
        if ![full, some ?? ""].allSatisfy({ BoundedRanking.fitsRankArguments($0, limit: rankArgumentLimit) }) {
            // A very long query: the words' alternatives would pass SQLite's limit on function
            // arguments; quoted words rank the same.
            builder = FTS5Expression()
            full = filter.restrict(builder.all(query))
            some = builder.some(query).map(filter.restrict)
        }
        return CompiledQuery(full: full, some: some, highlight: builder.highlight(query), understood: query.description,
                             words: query.clauses.flatMap { $0 }.filter { !$0.isPhrase && !$0.prefix }.map(\.text),
                             filter: filter)
    }

    /// Runs `request`. Throws ``IndexError`` (`badQuery` for a query that cannot be understood).
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try search(request, facets: false).result
    }

    /// Runs `request` and counts its facets (as ``facets(_:limit:)`` with the default bound) in the
    /// same read: the facets come from the matches the ranking has read, with no second pass of FTS5.
    public func searchWithFacets(_ request: SearchRequest) throws -> (result: SearchResult, facets: FacetCounts) {
        let (result, facets) = try search(request, facets: true)
        return (result, facets ?? FacetCounts())
    }

    private func search(_ request: SearchRequest, facets countFacets: Bool) throws -> (result: SearchResult, facets: FacetCounts?) {
        let compiled = try compile(request)
        let full = compiled.full, some = compiled.some, filter = compiled.filter
        let highlight = compiled.highlight, understood = compiled.understood, words = compiled.words
        let limit = max(0, request.limit)
        let offset = max(0, request.offset)
        do {
            var facets: FacetCounts?
            var result = try queue.read { db in
                var statistics = request.raw ? nil : TermStatistics(db)
                var ranked: [(Int64, Double, Bool)] = []
                var total = 0, partialTotal = 0
                var lowerBound = false, partial = false, bounded = false
                if request.sort == .relevance {
                    let all = try BoundedRanking(full, filter: filter, candidateLimit: candidateLimit,
                                                 countLimit: countLimit, needed: offset + limit,
                                                 statistics: &statistics, db)
                    total = all.total
                    bounded = !all.complete
                    if countFacets {
                        facets = try FacetCounts(pairs: all.candidates.map(\.id), complete: all.complete, db)
                    }
                    lowerBound = all.totalIsLowerBound
                    ranked = all.candidates.dropFirst(offset).prefix(limit).map { ($0.id, $0.rank, true) }
                    if let some, total < offset + limit {
                        let rest = try BoundedRanking(some, filter: filter, candidateLimit: candidateLimit,
                                                      countLimit: countLimit, needed: max(0, offset - total) + limit,
                                                      statistics: &statistics, db)
                        partialTotal = rest.total
                        partial = partialTotal > 0
                        bounded = bounded || !rest.complete
                        lowerBound = lowerBound || rest.totalIsLowerBound
                        ranked += rest.candidates.dropFirst(max(0, offset - total)).prefix(limit - ranked.count)
                            .map { ($0.id, $0.rank, false) }
                    }
                } else {
                    if countFacets {
                        facets = try FacetCounts(full, filter: filter, limit: FacetCounts.defaultLimit, db)
                    }
                    total = try count(full, filter, db)
                    ranked = try newest(full, filter, limit: limit, offset: offset, db).map { ($0, $1, true) }
                    if let some, total < offset + limit {
                        partialTotal = try count(some, filter, db)
                        partial = partialTotal > 0
                        ranked += try newest(some, filter, limit: limit - ranked.count, offset: max(0, offset - total), db)
                            .map { ($0, $1, false) }
                    }
                }
                let hits = try hydrate(ranked.map { RankedPair(id: $0.0, rank: $0.1, matchesAll: $0.2) },
                                       highlight: highlight, snippetTokens: request.snippetTokens,
                                       firstPlace: offset + 1, db)
                return SearchResult(hits: hits, total: total, partialTotal: partialTotal, partial: partial,
                                    understood: understood, expression: full, totalIsLowerBound: lowerBound,
                                    boundedRanking: bounded)
            }
            if result.total < Self.suggestBelow, !words.isEmpty {
                result.suggestions = try suggestions(for: words)
            }
            return (result, facets)
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && request.raw {
            throw IndexError(.badQuery, "bad FTS5 query: \(error.message ?? "syntax error")")
        } catch {
            throw IndexError(.io, "search failed: \(IndexDatabase.describe(error))")
        }
    }

    /// One pair that holds the whole query, with what a watch needs to know of it.
    public struct Match: Sendable, Equatable {
        public var pairId: Int64
        /// The pair's identity by content (see `pairs.content_key`).
        public var contentKey: String
        public var answered: Bool
        public var caseKey: String?
        public var caseStatus: CaseStatus?
    }

    /// Every pair holding the whole query (with the filters), newest first (highest id), at most
    /// `limit`. Unranked: for watches, which look at what matches, not at what matches best.
    /// Only pairs with an id above `afterPairId` are looked at when it is given: FTS5 seeks past the
    /// older postings, so a nightly watch run costs what the night added.
    public func matches(_ request: SearchRequest, limit: Int, afterPairId: Int64? = nil) throws -> [Match] {
        let compiled = try compile(request)
        var arguments: [any DatabaseValueConvertible] = [compiled.full]
        if let afterPairId { arguments.append(afterPairId) }
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT p.id, p.content_key, p.answer_size > 0 AS answered, d.case_key, c.status
                    FROM fts CROSS JOIN pairs p ON p.id = fts.rowid CROSS JOIN documents d ON d.id = p.document_id
                    LEFT JOIN cases c ON c.key = d.case_key
                    WHERE fts MATCH ? \(afterPairId == nil ? "" : "AND fts.rowid > ?") \(compiled.filter.sql)
                    ORDER BY fts.rowid DESC LIMIT ?
                    """, arguments: StatementArguments(arguments) + compiled.filter.arguments + [max(0, limit)])
                .map { Match(pairId: $0[0], contentKey: $0[1], answered: $0[2], caseKey: $0[3],
                             caseStatus: ($0[4] as String?).flatMap(CaseStatus.init(rawValue:))) }
            }
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError(.io, "search failed: \(IndexDatabase.describe(error))")
        }
    }

    /// Which index this is (its creation time: a rebuild makes a new one) and its highest pair id.
    public func position() throws -> (index: String, lastPair: Int64) {
        try queue.read { db in
            (try Meta.get("created_at", in: db) ?? "", try Int64.fetchOne(db, sql: "SELECT max(id) FROM pairs") ?? 0)
        }
    }

    /// The hits of pairs `ids`, in that order, with the snippets and highlights of `request` (nil: the
    /// start of the texts, nothing highlighted).
    public func hits(ids: [Int64], for request: SearchRequest?) throws -> [SearchHit] {
        let compiled = try request.map(compile)
        do {
            return try queue.read { db in
                var marked: [Int64: (question: String, answer: String)] = [:]
                if let compiled, let request {
                    marked = try self.snippets(for: ids, highlight: compiled.highlight, tokens: request.snippetTokens, db)
                }
                return try ids.enumerated().compactMap { place, id in
                    guard var hit = try details(id, rank: -0.0, place: place + 1, matchesAll: true, snippets: marked[id], db)
                    else { return nil }
                    if compiled == nil {
                        hit.questionSnippet = Snippet(marked: Self.opening(hit.question))
                        hit.answerSnippet = Snippet(marked: Self.opening(hit.answer))
                    }
                    return hit
                }
            }
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError(.io, "search failed: \(IndexDatabase.describe(error))")
        }
    }

    /// The first 24 words of `text`, with `…` when there is more.
    private static func opening(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.prefix(24).joined(separator: " ") + (words.count > 24 ? "…" : "")
    }

    /// Counts of the pairs matching the whole of `request` (its words and filters, not the partial
    /// matches) by year, party, asker, minister, kind and case status, over at most the newest `limit`
    /// matches (by default the 1,000 that bounded ranking scores) (see ``FacetCounts``). Throws as ``search(_:)``.
    public func facets(_ request: SearchRequest, limit: Int = FacetCounts.defaultLimit) throws -> FacetCounts {
        let compiled = try compile(request)
        do {
            return try queue.read { try FacetCounts(compiled.full, filter: compiled.filter, limit: limit, $0) }
        } catch let error as IndexError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && request.raw {
            throw IndexError(.badQuery, "bad FTS5 query: \(error.message ?? "syntax error")")
        } catch {
            throw IndexError(.io, "facets failed: \(IndexDatabase.describe(error))")
        }
    }

    private var alternatives: QueryAlternatives?

    /// SQLite's limit on the arguments of a function call (127 unless compiled otherwise).
    private lazy var rankArgumentLimit: Int = (try? queue.inDatabase { db in
        Int(sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_FUNCTION_ARG, -1))
    }) ?? 127

    /// Builds expressions whose plain words are `OR`s of their index terms (``QueryAlternatives``).
    private func expressionBuilder() throws -> FTS5Expression {
        let alternatives = try self.alternatives ?? queue.inDatabase { try QueryAlternatives($0) }
        self.alternatives = alternatives
        return FTS5Expression { [queue] term in queue.inDatabase { _ in alternatives.terms(of: term.text) } }
    }

    /// A query finding fewer full matches than this gets "did you mean" suggestions.
    static let suggestBelow = 3

    /// Suggestions for the words the index does not hold at all. Runs outside the read transaction:
    /// `Suggestions` creates an `fts5vocab` table in the connection's temp schema.
    private func suggestions(for words: [String]) throws -> [Suggestion] {
        try queue.inDatabase { db in
            var result: [Suggestion] = []
            for word in words where !word.contains(" ") {
                let expression = FTS5Expression.all(SearchQuery(clauses: [[SearchQuery.Term(text: word)]]))
                let found = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? LIMIT 1)",
                                             arguments: [expression]) ?? 0
                guard found == 0 else { continue }
                let candidates = try Suggestions.suggest(for: word, in: db, limit: 3)
                if !candidates.isEmpty { result.append(Suggestion(word: word, candidates: candidates)) }
            }
            return result
        }
    }

    /// Bounded ranking (``BoundedRanking``): an expression matching more pairs than this is ranked by
    /// bm25 over its newest `candidateLimit` matches (highest rowids: the files indexed last) instead of
    /// over all of them. Below it (every query with a rare or medium word) the order is exactly bm25's.
    public static let candidateLimit = 1_000
    /// Matches are counted exactly up to this many (without filters); above it the total is a lower
    /// bound ("more than 10,000").
    public static let countLimit = 10_000

    /// Matching pairs (date order only: relevance order counts while ranking).
    private func count(_ expression: String, _ filter: FilterSQL, _ db: Database) throws -> Int {
        if filter.isEmpty {
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM fts WHERE fts MATCH ?", arguments: [expression]) ?? 0
        }
        return try Int.fetchOne(db, sql: """
            SELECT count(*) FROM fts CROSS JOIN pairs p ON p.id = fts.rowid CROSS JOIN documents d ON d.id = p.document_id
            WHERE fts MATCH ? \(filter.sql)
            """, arguments: StatementArguments([expression]) + filter.arguments) ?? 0
    }

    /// Ids and ranks of one page of matches by date, newest first; filters apply before the limit.
    /// Not bounded: every match is joined with its document's date.
    private func newest(_ expression: String, _ filter: FilterSQL, limit: Int, offset: Int,
                        _ db: Database) throws -> [(Int64, Double)] {
        guard limit > 0 else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT fts.rowid, fts.rank FROM fts CROSS JOIN pairs p ON p.id = fts.rowid
            CROSS JOIN documents d ON d.id = p.document_id
            WHERE fts MATCH ? \(filter.sql) ORDER BY d.date IS NULL, d.date DESC, fts.rank LIMIT ? OFFSET ?
            """, arguments: StatementArguments([expression]) + filter.arguments + [limit, offset])
        return rows.map { ($0[0], $0[1]) }
    }

    /// Question and answer snippets of the pairs `ids`, marked with `\u{2}`…`\u{3}`. Normally one
    /// `rowid = ?` lookup per pair. A prefix query is different: FTS5 merges the doclists of all the
    /// words with the prefix each time it sets the expression up, so its snippets come from one
    /// statement over the hits' rowid range, the exact ids checked by SQLite (`+rowid`).
    private func snippets(for ids: [Int64], highlight: String, tokens: Int,
                          _ db: Database) throws -> [Int64: (question: String, answer: String)] {
        guard let low = ids.min(), let high = ids.max() else { return [:] }
        let n = min(max(tokens, 4), 64)
        let columns = "snippet(fts, 0, char(2), char(3), '…', ?), snippet(fts, 1, char(2), char(3), '…', ?)"
        var result: [Int64: (question: String, answer: String)] = [:]
        if FTS5Term.phrases(in: highlight).contains(where: { $0.hasSuffix("*") }) {
            let rows = try Row.fetchAll(db, sql: """
                SELECT rowid, \(columns) FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?
                AND +rowid IN (\(ids.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments([n, n, highlight, low, high] + ids.map { $0 as any DatabaseValueConvertible }))
            for row in rows { result[row[0]] = (row[1] ?? "", row[2] ?? "") }
        } else {
            let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM fts WHERE fts MATCH ? AND rowid = ?")
            for id in ids {
                if let row = try Row.fetchOne(statement, arguments: [n, n, highlight, id]) {
                    result[id] = (row[0] ?? "", row[1] ?? "")
                }
            }
        }
        return result
    }

    private func details(_ id: Int64, rank: Double, place: Int, matchesAll: Bool,
                         snippets: (question: String, answer: String)?, _ db: Database) throws -> SearchHit? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT p.id, p.document_id, p.position, p.numbers, p.unsplit, d.part, CAST(sqlar_uncompress(p.question, p.question_size) AS TEXT) AS question,
                   CAST(sqlar_uncompress(p.answer, p.answer_size) AS TEXT) AS answer, d.kind, d.title, d.submitted,
                   d.received, d.addressees, d.case_key, f.path
            FROM pairs p JOIN documents d ON d.id = p.document_id JOIN files f ON f.id = d.file_id WHERE p.id = ?
            """), arguments: [id]) else { return nil }
        let documentId: Int64 = row["document_id"]
        let caseKey: String? = row["case_key"]
        return SearchHit(
            rank: place, score: -rank, matchesAll: matchesAll, pairId: id, documentId: documentId,
            pairPosition: row["position"], isUnsplit: row["unsplit"], part: row["part"], file: row["path"],
            kind: DocumentKind(rawValue: row["kind"]) ?? .other, title: row["title"],
            numbers: DocumentStore.numbers(row["numbers"]), question: row["question"], answer: row["answer"],
            questionSnippet: Snippet(marked: snippets?.question ?? ""), answerSnippet: Snippet(marked: snippets?.answer ?? ""),
            submitted: row["submitted"], received: row["received"],
            askers: try DocumentStore.askers(documentId, db), answerers: try DocumentStore.answerers(documentId, db),
            addressees: DocumentStore.decode([String].self, row["addressees"]) ?? [],
            caseInfo: try caseKey.flatMap { try CaseInfo.load(key: $0, db) })
    }
}

/// The SQL conditions and arguments of ``SearchFilters``.
struct FilterSQL {
    var sql = ""
    var arguments = StatementArguments()
    /// Filters that are FTS5 terms (``FTS5Term/facet(_:_:)``), ANDed to the query by ``restrict(_:)``.
    var facets: [String] = []
    /// No SQL condition (facets need no join).
    var isEmpty: Bool { sql.isEmpty }

    /// `expression` with the facet filters ANDed to it.
    func restrict(_ expression: String) -> String {
        facets.isEmpty ? expression : "(\(expression)) AND " + facets.joined(separator: " AND ")
    }

    init(_ filters: SearchFilters) throws {
        if let from = filters.from {
            sql += " AND d.date >= ?"
            arguments += [try FilterSQL.date(from, upper: false)]
        }
        if let to = filters.to {
            sql += " AND d.date <= ?"
            arguments += [try FilterSQL.date(to, upper: true)]
        }
        if let party = filters.party {
            let key = SearchKeys.party(party)
            guard !key.isEmpty else { throw IndexError(.invalidInput, "--party needs letters or digits") }
            // A term of the hidden `facets` column: FTS5 intersects it with the query's words.
            facets.append(FTS5Term.facet("party", key))
        }
        if let asker = filters.asker {
            let key = SearchKeys.name(asker)
            guard !key.isEmpty else { throw IndexError(.invalidInput, "--asker needs letters or digits") }
            sql += " AND EXISTS (SELECT 1 FROM askers a WHERE a.document_id = d.id AND instr(a.name_key, ?) > 0)"
            arguments += [key]
        }
        if let minister = filters.minister {
            let key = SearchKeys.name(minister)
            guard !key.isEmpty else { throw IndexError(.invalidInput, "--minister needs letters or digits") }
            sql += """
                 AND (EXISTS (SELECT 1 FROM answerers w WHERE w.document_id = d.id AND instr(w.name_key, ?) > 0)
                      OR instr(d.addressee_key, ?) > 0)
                """
            arguments += [key, key]
        }
        if let kind = filters.kind {
            sql += " AND d.kind = ?"
            arguments += [kind.rawValue]
        }
        if let since = filters.indexedSince {
            sql += " AND d.file_id IN (SELECT id FROM files WHERE indexed_at >= ?)"
            arguments += [since]
        }
        if let status = filters.status {
            sql += " AND EXISTS (SELECT 1 FROM cases c WHERE c.key = d.case_key AND c.status = ?)"
            arguments += [status.rawValue]
        }
        if filters.unanswered {
            // No answers document is known for the set (its case is not answered).
            sql += """
                 AND p.answer = '' AND p.unsplit = 0 AND d.kind IN ('questions', 'notice')
                 AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.key = d.case_key AND c.status = 'answered')
                """
        }
    }

    /// `2019` → `2019-01-01` (or `2019-12-31` as an upper bound); `2019-06` → `2019-06-01` / `2019-06-31`.
    static func date(_ text: String, upper: Bool) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (1...3).contains(parts.count) && parts[0].count == 4
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && parts.dropFirst().allSatisfy { $0.count == 2 }
        guard valid else {
            throw IndexError(.invalidInput, "bad date \"\(text)\": use YYYY, YYYY-MM or YYYY-MM-DD")
        }
        switch parts.count {
        case 1: return text + (upper ? "-12-31" : "-01-01")
        case 2: return text + (upper ? "-31" : "-01")
        default: return text
        }
    }
}

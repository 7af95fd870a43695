import DutchText
import Foundation
import GRDB

/// The FTS5 tokenizer `kamervragen_dutch`: `unicode61 remove_diacritics 2` plus the Dutch analysis
/// chain (``DutchAnalyzer``), keeping unicode61's byte offsets so `snippet()`/`highlight()` mark the
/// words as written (`Gemeenten`, not `gemeent`).
///
/// Terms it emits (the stem marker ``stemMarker`` is a control byte, which unicode61 treats as a
/// separator, so no user text can produce a marked term):
/// - document mode: the folded word `w`; when the stem `s` differs, also `\u{1}s`, colocated; when
///   ``CompoundSplitter`` (with the index's frequencies, see ``ConnectionFrequencies``) splits `w` (a
///   compound, or glued words), the stem `p` of each part as
///   `\u{3}p` (``partMarker``), colocated: `versterkingsgelden` → `versterkingsgelden | ~^versterkingsgeld
///   | ~\u{3}versterk | ~\u{3}geld`;
/// - aux mode (snippets and highlights): the folded words only (FTS5's auxiliary functions skip
///   colocated terms, so stems and parts would change nothing but cost stemming at search time);
/// - query mode, stemmed (default): `s` and, colocated (alternatives), `\u{1}s` and `\u{3}s`: it matches
///   a document word that is `s`, every document word whose stem is `s`, and every compound with a part
///   whose stem is `s`;
/// - query mode, direct (the quoted string starts with ``directMarker``): `s` and `\u{1}s`, not the
///   part: a second query that tells pairs holding the word itself from pairs where it only stands
///   inside a compound, for ranking those first;
/// - query mode, exact (the quoted string starts with ``exactMarker``, see ``FTS5Term``): `w` only;
/// - prefix query (`radicali*`): the last word folded but unstemmed, unmarked; earlier words of a prefix
///   phrase as in the other query modes.
/// Tokens longer than ``TokenLimit/maxBytes`` are truncated and not stemmed. Stopwords are kept.
///
/// In document mode a text for which the indexer offered a recorded ``TokenStream`` (``TokenReplay``,
/// made by this same tokenizer on a parse thread) gets those terms replayed instead of analysed again.
///
/// It must be registered on every connection: ``register(in:)`` or
/// `Configuration.registerDutchTokenizer()`.
public final class DutchTokenizer: FTS5CustomTokenizer {
    /// The name used in `tokenize='kamervragen_dutch'`.
    public static let name = "kamervragen_dutch"
    /// The wrapped tokenizer. The soft hyphen U+00AD is declared a token character so that a word
    /// carrying one stays whole; ``TokenFolding`` then removes it.
    public static let wrappedTokenizer = ["unicode61", "remove_diacritics", "2", "tokenchars", "\u{AD}"]
    /// First byte of a stem term in the index.
    public static let stemMarker: UInt8 = 0x01
    /// First byte of an FTS5 query string asking for exact (unstemmed) matching.
    public static let exactMarker: UInt8 = 0x02
    /// First byte of a compound-part term in the index.
    public static let partMarker: UInt8 = 0x03
    /// First byte of an FTS5 query string asking for stemmed matching without compound parts.
    public static let directMarker: UInt8 = 0x04
    /// First byte of a facet text (the hidden `facets` column, e.g. `\u{5}party=vvd \u{5}party=cda`) and
    /// of a facet query string: its space-separated words are terms as they are, marker included, so
    /// a filter such as `--party` becomes an FTS5 term. User text cannot produce it (control bytes
    /// separate words, and the query builder turns them into spaces).
    public static let facetMarker: UInt8 = 0x05
    /// First byte of a query string holding one index term as stored (``FTS5Term/term(_:startsWord:)``):
    /// the rest of the string, verbatim, is the term. It starts the alternatives of one query word;
    /// ``alternativeMarker`` continues them. The query builder writes a word as an `OR` of its terms this
    /// way, which FTS5 runs faster than the same terms given as colocated synonyms. User text cannot
    /// produce either marker.
    public static let termMarker: UInt8 = 0x06
    /// As ``termMarker``, for a further alternative of the same query word.
    public static let alternativeMarker: UInt8 = 0x07
    /// The tokenizer argument that turns compound parts off (`tokenize='kamervragen_dutch nocompounds'`),
    /// for measuring their cost; an index must not be built with it.
    public static let noCompoundsArgument = "nocompounds"

    private let wrapped: any FTS5Tokenizer
    private let run: TokenizeRun
    private let lock = NSLock()
    /// The connection's handle (see ``ConnectionFrequencies`` and ``TokenReplay``).
    private let connection: Int

    /// Called by SQLite through GRDB; takes no arguments but ``noCompoundsArgument``.
    public convenience init(db: Database, arguments: [String]) throws {
        try self.init(db: db, arguments: arguments, memo: TokenMemo())
    }

    /// A tokenizer whose document mode memoises each token's terms in `memo` (nil: none; for tests).
    init(db: Database, arguments: [String], memo: TokenMemo?) throws {
        guard arguments.isEmpty || arguments == [Self.noCompoundsArgument] else {
            throw DatabaseError(message: "tokenizer \(Self.name) takes no arguments, got \(arguments)")
        }
        wrapped = try db.makeTokenizer(FTS5TokenizerDescriptor(components: Self.wrappedTokenizer))
        do {
            let connection = ConnectionFrequencies.key(db)
            self.connection = connection
            run = TokenizeRun(analyzer: try DutchAnalyzer(),
                              splitter: arguments.isEmpty
                                  ? CompoundSplitter(lexicon: { ConnectionFrequencies.lexicon(forKey: connection) }) : nil,
                              memo: memo)
        } catch {
            throw DatabaseError(message: "tokenizer \(Self.name): \(error)")
        }
    }

    /// A facet text: each space-separated word (at most ``TokenLimit/maxBytes`` bytes) is one term.
    private static func tokenizeFacets(_ text: UnsafePointer<CChar>, _ length: CInt, _ context: UnsafeMutableRawPointer?,
                                       _ callback: FTS5TokenCallback) -> CInt {
        var start: CInt = 0
        var i: CInt = 0
        while i <= length {
            if i == length || text[Int(i)] == 0x20 {
                if i > start {
                    let rc = callback(context, 0, text + Int(start), min(i - start, CInt(TokenLimit.maxBytes)), start, i)
                    if rc != 0 { return rc }
                }
                start = i + 1
            }
            i += 1
        }
        return 0
    }

    /// Registers the tokenizer on `db`. Needed on every connection that touches a table using it.
    public static func register(in db: Database) {
        db.add(tokenizer: DutchTokenizer.self)
    }

    public func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization,
                         pText: UnsafePointer<CChar>?, nText: CInt,
                         tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        lock.lock()
        defer { lock.unlock() }
        if let t = pText, nText > 0, UInt8(bitPattern: t[0]) == Self.facetMarker {
            return Self.tokenizeFacets(t, nText, context, tokenCallback)
        }
        if tokenization.contains(.query), let t = pText, nText > 1,
           UInt8(bitPattern: t[0]) == Self.termMarker || UInt8(bitPattern: t[0]) == Self.alternativeMarker {
            return tokenCallback(context, 0, t + 1, nText - 1, 0, nText)
        }
        var text = pText
        var length = nText
        var shift: CInt = 0
        var mode = TokenizeRun.Mode.document
        var exactPrefix = false
        if tokenization.contains(.query) {
            mode = tokenization.contains(.prefix) ? .prefix : .stemmed
            if let t = text, length > 0, UInt8(bitPattern: t[0]) == Self.exactMarker {
                text = t + 1; length -= 1; shift = 1; exactPrefix = true
                if mode == .stemmed { mode = .exact }
            } else if let t = text, length > 0, UInt8(bitPattern: t[0]) == Self.directMarker {
                text = t + 1; length -= 1; shift = 1
                if mode == .stemmed { mode = .direct }
            }
        } else if tokenization.contains(.aux) {
            mode = .aux
        } else if let t = text, length > 0,
                  let stream = TokenReplay.stream(forKey: connection, text: t, count: Int(length)) {
            return stream.replay(context: context, callback: tokenCallback)
        }
        run.begin(mode: mode, exactPrefix: exactPrefix, context: context, callback: tokenCallback, shift: shift,
                  text: text, length: length)
        let rc = wrapped.tokenize(context: Unmanaged.passUnretained(run).toOpaque(), tokenization: tokenization,
                                  pText: text, nText: length, tokenCallback: dutchTokenCallback)
        return rc == 0 ? run.finish() : rc
    }
}

/// The C callback given to unicode61: hands each token to the ``TokenizeRun`` in `context`.
private func dutchTokenCallback(_ context: UnsafeMutableRawPointer?, _ flags: CInt, _ pToken: UnsafePointer<CChar>?,
                                _ nToken: CInt, _ iStart: CInt, _ iEnd: CInt) -> CInt {
    guard let context else { return 1 }  // SQLITE_ERROR
    // The tokenizer holds the run for the whole call: no retain and release per token.
    return Unmanaged<TokenizeRun>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.accept(pToken, nToken, iStart, iEnd) }
}

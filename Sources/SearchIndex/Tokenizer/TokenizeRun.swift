import DutchText
import GRDB

/// The per-call state of ``DutchTokenizer``: turns each unicode61 token into the terms FTS5 receives.
/// Works on bytes; reused across calls (the tokenizer serialises calls with a lock).
final class TokenizeRun {
    /// `document`: word, stem and compound parts; `aux` (snippets, highlights): the word only, as
    /// FTS5's auxiliary functions ignore colocated terms; `stemmed`: stem, marked stem and marked part;
    /// `direct`: stem and marked stem only (no compound parts); `exact`: the word; `prefix`: see there.
    enum Mode { case document, aux, stemmed, direct, exact, prefix }

    private static let ok: CInt = 0  // SQLITE_OK
    private static let colocated: CInt = FTS5TokenFlags.colocated.rawValue
    private static let termCapacity = TokenLimit.maxBytes

    private let analyzer: DutchAnalyzer
    private let splitter: CompoundSplitter?
    /// The part marker followed by a part's stem.
    private let partTerm: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: TokenizeRun.termCapacity + 1)
        p[0] = DutchTokenizer.partMarker
        return p
    }()
    /// The folded token (at most the cap).
    private let folded = UnsafeMutablePointer<UInt8>.allocate(capacity: TokenizeRun.termCapacity)
    /// The stem marker followed by the stem being emitted (the analyzer writes the stem at `marked + 1`).
    private let marked: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: TokenizeRun.termCapacity + 1)
        p[0] = DutchTokenizer.stemMarker
        return p
    }()
    /// Part boundaries from the splitter.
    private let ranges = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * CompoundSplitter.maximumParts)
    /// The marked stems of the parts emitted for the current token (marker, stem, 0xFF end mark).
    private let partStems = UnsafeMutablePointer<UInt8>.allocate(
        capacity: CompoundSplitter.maximumParts * (TokenizeRun.termCapacity + 1) + 1)
    /// Lengths of the terms in `partStems`.
    private let partLengths = UnsafeMutablePointer<Int>.allocate(capacity: CompoundSplitter.maximumParts)
    /// Hashes of the words already split in the current text (those the memo does not hold).
    private var splitWords = Set<UInt64>()
    /// Document mode's per-token results (nil: none, every token analysed).
    private let memo: TokenMemo?
    /// The number of the current text, for the memo's part stamps (never 0).
    private var textNumber: UInt32 = 0
    /// Prefix mode: the previous token, emitted once we know it is not the last.
    private let pending = UnsafeMutablePointer<UInt8>.allocate(capacity: TokenizeRun.termCapacity)
    private var pendingLength = -1
    private var pendingStart: CInt = 0, pendingEnd: CInt = 0, pendingTooLong = false

    private var mode = Mode.document
    private var exactPrefix = false
    private var context: UnsafeMutableRawPointer?
    private var callback: FTS5TokenCallback?
    private var shift: CInt = 0
    /// The text being tokenized (unicode61's offsets point into it): the case of its letters.
    private var text: UnsafeRawPointer?
    private var textLength = 0

    /// A run over `analyzer`; `splitter` adds compound parts in document mode (nil: none); `memo`
    /// remembers each distinct token's terms in document mode (nil: analyse every token).
    init(analyzer: DutchAnalyzer, splitter: CompoundSplitter? = CompoundSplitter(), memo: TokenMemo? = TokenMemo()) {
        self.analyzer = analyzer
        self.splitter = splitter
        self.memo = memo
    }

    deinit {
        folded.deallocate(); marked.deallocate(); pending.deallocate(); partTerm.deallocate()
        ranges.deallocate(); partStems.deallocate(); partLengths.deallocate()
    }

    func begin(mode: Mode, exactPrefix: Bool, context: UnsafeMutableRawPointer?, callback: @escaping FTS5TokenCallback,
               shift: CInt, text: UnsafePointer<CChar>? = nil, length: CInt = 0) {
        self.mode = mode; self.exactPrefix = exactPrefix
        self.context = context; self.callback = callback; self.shift = shift
        self.text = text.map(UnsafeRawPointer.init); textLength = Int(length)
        pendingLength = -1
        if !splitWords.isEmpty { splitWords.removeAll(keepingCapacity: true) }
        if let memo, mode == .document {
            textNumber &+= 1
            if textNumber == 0 { memo.removeAll(); textNumber = 1 }  // stamps would repeat
            memo.resetIfFull()
        }
    }

    /// Emits what is still pending (the last word of a prefix query); returns an SQLite result code.
    func finish() -> CInt {
        defer { callback = nil; context = nil; text = nil }
        guard mode == .prefix, pendingLength >= 0 else { return Self.ok }
        let token = UnsafeBufferPointer(start: UnsafePointer(pending), count: pendingLength)
        pendingLength = -1
        return emit(token, 0, pendingStart, pendingEnd)
    }

    @inline(__always)
    private func emit(_ term: UnsafeBufferPointer<UInt8>, _ flags: CInt, _ start: CInt, _ end: CInt) -> CInt {
        term.withMemoryRebound(to: CChar.self) { t in
            callback!(context, flags, t.baseAddress, CInt(t.count), start, end)
        }
    }

    /// One token from unicode61 (lower-cased, diacritics removed).
    @inline(__always)
    func accept(_ pToken: UnsafePointer<CChar>?, _ nToken: CInt, _ iStart: CInt, _ iEnd: CInt) -> CInt {
        guard let pToken, nToken > 0 else { return Self.ok }
        let raw = UnsafeBufferPointer(start: UnsafeRawPointer(pToken).assumingMemoryBound(to: UInt8.self),
                                      count: Int(nToken))
        let tooLong = raw.count > TokenLimit.maxBytes
        var token = UnsafeBufferPointer(rebasing: raw[0..<TokenLimit.clampedLength(raw)])
        if TokenFolding.needsFolding(token) {
            let n = TokenFolding.fold(token, into: folded)
            if n == 0 { return Self.ok }
            token = UnsafeBufferPointer(start: UnsafePointer(folded), count: n)
        }
        let start = iStart + shift, end = iEnd + shift
        switch mode {
        case .aux:
            // Snippets and highlights map positions to byte offsets and skip colocated terms: the
            // written words alone give the same positions, without stemming.
            return emit(token, 0, start, end)
        case .document:
            var rc = emit(token, 0, start, end)
            // The memo pays for compound candidates (a stem, a split and part stems to look up); other
            // tokens cost one stem lookup, often none (``PorterShortcut``), which the memo would not beat.
            if rc == Self.ok, !tooLong, let memo, splitter != nil, CompoundSplitter.isCandidate(token),
               let entry = memoEntry(token, memo) {
                return emitMemoised(entry, token, iStart, iEnd, start, end)
            }
            if rc == Self.ok, !tooLong, let n = analyzer.stem(ofFolded: token, into: marked + 1) {
                rc = emit(UnsafeBufferPointer(start: marked, count: n + 1), Self.colocated, start, end)
            }
            if rc == Self.ok, !tooLong, let splitter, CompoundSplitter.isCandidate(token) {
                rc = emitParts(token, splitter, start, end)
            }
            // A word of the list written with inner capitals (`GroenLinks`, `ChristenUnie`) is a name:
            // `links` should not find it.
            if rc == Self.ok, !tooLong, let splitter, let count = caseBoundaries(token, iStart, iEnd), !splitter.isWord(token) {
                rc = emitPartStems(token, count: count, start, end)
            }
            return rc
        case .exact:
            return emit(token, 0, start, end)
        case .stemmed, .direct:
            return emitQueryStem(token, tooLong, start, end)
        case .prefix:
            var rc = Self.ok
            if pendingLength >= 0 {
                let previous = UnsafeBufferPointer(start: UnsafePointer(pending), count: pendingLength)
                rc = exactPrefix ? emit(previous, 0, pendingStart, pendingEnd)
                                 : emitQueryStem(previous, pendingTooLong, pendingStart, pendingEnd)
            }
            pending.update(from: token.baseAddress!, count: token.count)
            pendingLength = token.count; pendingStart = start; pendingEnd = end; pendingTooLong = tooLong
            return rc
        }
    }

    /// Query mode: the stem, and the marked stem colocated (FTS5 takes them as alternatives).
    @inline(__always)
    private func emitQueryStem(_ token: UnsafeBufferPointer<UInt8>, _ tooLong: Bool, _ start: CInt, _ end: CInt) -> CInt {
        if tooLong { return emit(token, 0, start, end) }
        let n: Int
        if let m = analyzer.stem(ofFolded: token, into: marked + 1) {
            n = m
        } else {
            // Unchanged: the token is its own stem. A token at the cap has no room for the marker, and
            // no document carries a marked term that long.
            guard token.count < Self.termCapacity else { return emit(token, 0, start, end) }
            (marked + 1).update(from: token.baseAddress!, count: token.count)
            n = token.count
        }
        var rc = emit(UnsafeBufferPointer(start: marked + 1, count: n), 0, start, end)
        if rc == Self.ok { rc = emit(UnsafeBufferPointer(start: marked, count: n + 1), Self.colocated, start, end) }
        if rc == Self.ok, mode != .direct, splitter != nil {
            // The same stem as a compound part: matches the documents where the word stands inside a compound.
            (partTerm + 1).update(from: marked + 1, count: n)
            rc = emit(UnsafeBufferPointer(start: partTerm, count: n + 1), Self.colocated, start, end)
        }
        return rc
    }

    /// The memo's entry for `token` (folded, within the cap), made now if it is new; nil when it is
    /// new and the memo is full.
    @inline(__always)
    private func memoEntry(_ token: UnsafeBufferPointer<UInt8>, _ memo: TokenMemo) -> UnsafeMutableRawPointer? {
        let h = TokenMemo.hash(token)
        var slot = 0
        if let entry = memo.find(token, hash: h, slot: &slot) { return entry }
        if memo.full { memo.missedWhileFull(); return nil }
        let stemLength = analyzer.stem(ofFolded: token, into: marked + 1).map { $0 + 1 }
        var parts = 0
        if let splitter, CompoundSplitter.isCandidate(token) {
            let count = splitter.split(ofFolded: token, into: ranges)
            if count > 0 { parts = partTerms(token, count: count) }
        }
        return memo.insert(token, hash: h, slot: slot,
                           stem: stemLength.map { UnsafeBufferPointer(start: UnsafePointer(marked), count: $0) },
                           parts: partStems, partStride: Self.termCapacity + 1, partLengths: partLengths, partCount: parts)
    }

    /// Document mode after the word itself, from the memo: what the unmemoised path emits.
    @inline(__always)
    private func emitMemoised(_ entry: UnsafeMutableRawPointer, _ token: UnsafeBufferPointer<UInt8>,
                              _ iStart: CInt, _ iEnd: CInt, _ start: CInt, _ end: CInt) -> CInt {
        var rc = Self.ok
        let stemLength = TokenMemo.stemLength(entry)
        if stemLength > 0 {
            rc = emit(UnsafeBufferPointer(start: TokenMemo.stem(entry), count: stemLength), Self.colocated, start, end)
            if rc != Self.ok { return rc }
        }
        let parts = TokenMemo.partCount(entry)
        if parts > 0, TokenMemo.stamp(entry) != textNumber {
            TokenMemo.setStamp(entry, textNumber)
            var p = TokenMemo.parts(entry)
            for _ in 0..<parts {
                let n = Int(p[0])
                rc = emit(UnsafeBufferPointer(start: p + 1, count: n), Self.colocated, start, end)
                if rc != Self.ok { return rc }
                p += 1 + n
            }
        }
        guard let splitter, let count = caseBoundaries(token, iStart, iEnd) else { return rc }
        var known = TokenMemo.isWord(entry)
        if known == 0 {
            TokenMemo.setIsWord(entry, splitter.isWord(token))
            known = TokenMemo.isWord(entry)
        }
        return known == 2 ? rc : emitPartStems(token, count: count, start, end)
    }

    /// Document mode: each part's stem, marked, colocated with the word (a part stemming like an earlier
    /// one is emitted once). Only at the word's first occurrence in the text being tokenized (one column
    /// of one row): a pair is found by a part all the same, the index stays smaller, and a part's term
    /// frequency is at most 1 per column (such matches rank low anyway). A phrase query over parts matches
    /// only at that first occurrence.
    private func emitParts(_ token: UnsafeBufferPointer<UInt8>, _ splitter: CompoundSplitter, _ start: CInt, _ end: CInt) -> CInt {
        let count = splitter.split(ofFolded: token, into: ranges)
        guard count > 0, splitWords.insert(CompoundLexicon.fnv(token)).inserted else { return Self.ok }
        return emitPartStems(token, count: count, start, end)
    }

    /// Words glued where an extractor lost a space show it in their case: `inTajikistan`,
    /// `deMinister` (PyPDF2 text). For an ASCII token written with a lower-case letter followed by a
    /// capital, writes the pieces between such boundaries into `ranges` (at most
    /// ``CompoundSplitter/maximumParts``, each at least 2 letters) and returns their count; nil when there
    /// is no boundary.
    private func caseBoundaries(_ token: UnsafeBufferPointer<UInt8>, _ iStart: CInt, _ iEnd: CInt) -> Int? {
        guard let text, iStart >= 0, Int(iEnd) <= textLength, Int(iEnd - iStart) == token.count, token.count >= 4 else {
            return nil
        }
        let original = UnsafeBufferPointer(start: (text + Int(iStart)).assumingMemoryBound(to: UInt8.self), count: token.count)
        var count = 0, pieceStart = 0
        for k in 1..<original.count {
            let a = original[k - 1], b = original[k]
            guard a &- UInt8(ascii: "a") < 26, b &- UInt8(ascii: "A") < 26 else { continue }
            guard count + 2 <= CompoundSplitter.maximumParts else { return nil }
            if k - pieceStart >= 2 { ranges[2 * count] = UInt8(pieceStart); ranges[2 * count + 1] = UInt8(k); count += 1 }
            pieceStart = k
        }
        guard pieceStart > 0 else { return nil }
        if original.count - pieceStart >= 2 {
            ranges[2 * count] = UInt8(pieceStart); ranges[2 * count + 1] = UInt8(original.count); count += 1
        }
        return count > 0 ? count : nil
    }

    /// Emits the marked stems of the `count` parts of `token` described by `ranges`, once each.
    private func emitPartStems(_ token: UnsafeBufferPointer<UInt8>, count: Int, _ start: CInt, _ end: CInt) -> CInt {
        let terms = partTerms(token, count: count)
        for t in 0..<terms {
            let term = UnsafeBufferPointer(start: UnsafePointer(partStems + t * (Self.termCapacity + 1)), count: partLengths[t])
            let rc = emit(term, Self.colocated, start, end)
            if rc != Self.ok { return rc }
        }
        return Self.ok
    }

    /// Writes the marked stems of the `count` parts of `token` described by `ranges` into `partStems`
    /// (one every `termCapacity + 1` bytes), once each (a part stemming like an earlier one is left
    /// out), their lengths into `partLengths`; returns how many.
    private func partTerms(_ token: UnsafeBufferPointer<UInt8>, count: Int) -> Int {
        var emitted = 0
        for p in 0..<count {
            let part = UnsafeBufferPointer(rebasing: token[Int(ranges[2 * p])..<Int(ranges[2 * p + 1])])
            let out = partStems + emitted * (Self.termCapacity + 1)
            out[0] = DutchTokenizer.partMarker
            var n = part.count
            if let m = analyzer.stem(ofFolded: part, into: out + 1) { n = m } else { (out + 1).update(from: part.baseAddress!, count: n) }
            let term = UnsafeBufferPointer(start: UnsafePointer(out), count: n + 1)
            var seen = false
            for e in 0..<emitted where !seen {
                seen = UnsafeBufferPointer(start: UnsafePointer(partStems + e * (Self.termCapacity + 1)), count: n + 1)
                    .elementsEqual(term) && partStems[e * (Self.termCapacity + 1) + n + 1] == 0xFF
            }
            if seen { continue }
            out[n + 1] = 0xFF  // end mark for the comparison above (never a byte of UTF-8)
            partLengths[emitted] = n + 1
            emitted += 1
        }
        return emitted
    }
}

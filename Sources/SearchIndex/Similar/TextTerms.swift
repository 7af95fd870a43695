import GRDB

/// The terms of a text as the index's analysis makes them, with how often each occurs: the text's term
/// vector before weighting. ``DutchTokenizer`` runs in document mode, exactly as when a pair is
/// indexed (folded, stemmed, `-ies` rule and overrides, compounds split with the index's frequencies),
/// and each word gives its stem (the term a query word looks up first; in the index it is the word
/// itself, `motie`, or the stem term of the words stemming to it, `^motie` for `moties`) and the stems
/// of its compound parts (`kinderbeschermingsmaatregel` → `kinderbescherm`, `maatregel`), which count
/// ``partWeight`` each: a compound shares part of its meaning with its parts.
struct TextTerms {
    /// What a compound part counts against a whole word.
    static let partWeight = 0.5

    /// Weighted occurrences of each term (a part of a text can count less, see ``add(_:weight:)``).
    private(set) var counts: [String: Double] = [:]
    /// Each term's written form: the first word that is it, else the part itself.
    private(set) var written: [String: String] = [:]
    /// Terms in the order they first occur (sums over them are then the same in every run).
    private(set) var order: [String] = []
    /// Words analysed.
    private(set) var words = 0

    private let tokenizer: any FTS5Tokenizer
    /// Whether to keep the written forms and the order (the source text), or counts only (candidates).
    private let keepWritten: Bool
    private var wholeWords = Set<String>()

    init(tokenizer: any FTS5Tokenizer, keepWritten: Bool = true) {
        self.tokenizer = tokenizer
        self.keepWritten = keepWritten
    }

    /// Adds the terms of `text`, each occurrence counting `weight`.
    mutating func add(_ text: String, weight: Double = 1) throws {
        guard !text.isEmpty else { return }
        // Control characters would be taken for the analyser's markers: they separate words anyway.
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] < 0x20 || bytes[i] == 0x7F { bytes[i] = 0x20 }
        let box = Collector()
        let rc = bytes.withUnsafeBufferPointer { buffer -> CInt in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                tokenizer.tokenize(context: Unmanaged.passUnretained(box).toOpaque(), tokenization: .document,
                                   pText: chars.baseAddress, nText: CInt(chars.count), tokenCallback: collectTerm)
            }
        }
        if rc != 0 { throw DatabaseError(resultCode: ResultCode(rawValue: rc)) }
        words += box.words.count
        for word in box.words {
            count(word.stem, weight, isWord: true, bytes, word.start, word.end)
            for part in word.parts where part != word.stem {
                count(part, weight * Self.partWeight, isWord: false, bytes, word.start, word.end)
            }
        }
    }

    private mutating func count(_ term: String, _ weight: Double, isWord: Bool, _ bytes: [UInt8], _ start: Int, _ end: Int) {
        if let n = counts[term] {
            counts[term] = n + weight
        } else {
            counts[term] = weight
            order.append(term)
        }
        guard keepWritten else { return }
        if isWord, wholeWords.insert(term).inserted {
            let s = min(max(start, 0), bytes.count), e = min(max(end, s), bytes.count)
            written[term] = String(decoding: bytes[s..<e], as: UTF8.self)
        } else if written[term] == nil {
            written[term] = term
        }
    }

    fileprivate struct Word {
        var stem: String
        var parts: [String] = []
        var start: Int
        var end: Int
    }

    fileprivate final class Collector {
        var words: [Word] = []
    }
}

/// Collects, per position, the word's stem (its stem term, else the word) and its compound parts.
private func collectTerm(_ context: UnsafeMutableRawPointer?, _ flags: CInt, _ pToken: UnsafePointer<CChar>?,
                         _ nToken: CInt, _ iStart: CInt, _ iEnd: CInt) -> CInt {
    guard let context, let pToken, nToken > 0 else { return 0 }
    let box = Unmanaged<TextTerms.Collector>.fromOpaque(context).takeUnretainedValue()
    let bytes = UnsafeRawBufferPointer(start: pToken, count: Int(nToken))
    if flags & FTS5TokenFlags.colocated.rawValue == 0 || box.words.isEmpty {
        box.words.append(TextTerms.Word(stem: String(decoding: bytes, as: UTF8.self), start: Int(iStart), end: Int(iEnd)))
        return 0
    }
    let rest = String(decoding: bytes.dropFirst(), as: UTF8.self)
    switch bytes[0] {
    case DutchTokenizer.stemMarker: box.words[box.words.count - 1].stem = rest
    case DutchTokenizer.partMarker: box.words[box.words.count - 1].parts.append(rest)
    default: break
    }
    return 0
}

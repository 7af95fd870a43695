import DutchText
import Foundation
import GRDB
import Kamervragen

/// A parsed document made ready for the writer on a parse thread: the pairs to store, their texts
/// compressed (``StoredText``), each pair's full-text columns as the view `pair_content` gives them
/// and, when a ``TokenRecorders`` is given, the full-text terms of each question, answer, title and
/// footnotes text recorded (``TokenStream``). The writing thread then only writes.
struct PreparedDocument: @unchecked Sendable {
    struct Pair {
        var pair: QAPair
        var question: (value: any DatabaseValueConvertible, size: Int)
        var answer: (value: any DatabaseValueConvertible, size: Int)
        /// The footnote numbers the pair is linked to (`pair_footnotes`), ascending.
        var footnoteNumbers: [Int]
        /// The full-text columns `title` and `footnotes` (see ``Columns``).
        var title: String
        var footnotes: String
        /// `pairs.numbers` and `pairs.content_key`.
        var numbers: String
        var contentKey: String
    }

    /// The values of a question set's rows in `documents`, `askers` and `answerers` that are derived
    /// from the document (keys, JSON, the question print), made on the parse thread as
    /// ``DocumentWriter`` wrote them.
    struct Rows {
        var addresseeKey: String
        var addressees: String
        var identifiers: String
        var diagnostics: String
        var questionPrint: Data?
        /// Each asker's `name_key` and `party_key`.
        var askerKeys: [(name: String, party: String?)]
        /// Each answerer's `name_key`.
        var answererKeys: [String]

        init(_ document: Document, signature: CaseSignature) {
            addresseeKey = document.addressees.map(SearchKeys.name).joined(separator: " | ")
            addressees = PlainJSON.encode(document.addressees) ?? DocumentWriter.json(document.addressees)
            identifiers = PlainJSON.encode(document.identifiers) ?? DocumentWriter.json(document.identifiers)
            diagnostics = PlainJSON.encode(document.diagnostics) ?? DocumentWriter.json(document.diagnostics)
            questionPrint = signature.questionPrint.isEmpty ? nil : CaseLinker.blob(signature.questionPrint)
            askerKeys = document.askers.map { (SearchKeys.name($0.name), $0.party.map(SearchKeys.party)) }
            answererKeys = document.answerers.map { official in
                [official.name, official.role, official.department].compactMap { $0 }.map(SearchKeys.name).joined(separator: " | ")
            }
        }
    }

    /// One question set of the file (``Document/allSets``) with its pairs to store and what links it
    /// to the other documents of its set.
    struct Part {
        let document: Document
        let pairs: [Pair]
        let signature: CaseSignature
        /// The full-text column `facets` of its pairs (see ``Columns``).
        let facets: String
        let rows: Rows
    }

    let document: Document
    /// The file's question sets, in text order: the first is `document` itself.
    let parts: [Part]
    /// The recorded terms of the pairs' questions and answers, all parts in order (empty when not recorded).
    let streams: [TokenStream]

    init(_ document: Document, path: String = "", recorders: TokenRecorders?) {
        self.document = document
        parts = document.allSets.map { set in
            let pairs = DocumentWriter.storedPairs(of: set)
            let links = Columns.footnoteLinks(of: pairs, in: set)
            let signature = set.kind == .other ? CaseSignature() : CaseSignature(document: set, fileName: path)
            let rows = Rows(set, signature: signature)
            return Part(document: set, pairs: zip(pairs, links).map { pair, numbers in
                Pair(pair: pair, question: StoredText.encode(pair.question), answer: StoredText.encode(pair.answer),
                     footnoteNumbers: numbers, title: Columns.title(of: pair, in: set),
                     footnotes: Columns.footnotes(numbers, in: set),
                     numbers: pair.numbers.map(String.init).joined(separator: ","), contentKey: PairContentKey.of(pair))
            }, signature: signature, facets: Columns.facets(rows.askerKeys.map(\.party)), rows: rows)
        }
        var streams: [TokenStream] = []
        if let recorders {
            // Each distinct text once: a document's title is every pair's, footnotes often repeat.
            var texts: [String] = [], seen = Set<String>()
            for pair in parts.flatMap(\.pairs) {
                for text in [pair.pair.question, pair.pair.answer] where !text.isEmpty { texts.append(text) }
                for text in [pair.title, pair.footnotes] where !text.isEmpty && seen.insert(text).inserted {
                    texts.append(text)
                }
            }
            streams = recorders.record(texts)
        }
        self.streams = streams
    }

    /// The full-text columns of a pair other than question and answer, built as the view
    /// `pair_content` (``Schema``) builds them from the rows ``DocumentWriter`` writes, so that the
    /// writer needs no query per pair (FTS5's integrity check compares the index with the view).
    enum Columns {
        /// `title`: the document's title, empty for a unit of text not split.
        static func title(of pair: QAPair, in document: Document) -> String {
            pair.isUnsplit ? "" : document.title ?? ""
        }

        /// The footnote numbers each pair is linked to, ascending: those it refers to, and a footnote no
        /// pair refers to (the parser could not tell where its marker was) to every pair, so that its
        /// text stays searchable, at the footnotes column's low weight.
        static func footnoteLinks(of pairs: [QAPair], in document: Document) -> [[Int]] {
            let referenced = Set(pairs.flatMap(\.footnoteNumbers))
            let unreferenced = Set(document.footnotes.map(\.number)).subtracting(referenced)
            return pairs.map { Set($0.footnoteNumbers).union(unreferenced).sorted() }
        }

        /// `footnotes`: the texts of the linked footnotes by number, then in document order (row id),
        /// one a line.
        static func footnotes(_ numbers: [Int], in document: Document) -> String {
            guard !numbers.isEmpty, !document.footnotes.isEmpty else { return "" }
            var texts: [String] = []
            for number in numbers {
                for note in document.footnotes where note.number == number { texts.append(note.text) }
            }
            return texts.joined(separator: "\n")
        }

        /// `facets`: `\u{5}party=<key>` for each asker's party key (``Rows/askerKeys``) that is not empty,
        /// in order, space-separated.
        static func facets(_ partyKeys: [String?]) -> String {
            partyKeys.compactMap { key -> String? in
                guard let key, !key.isEmpty else { return nil }
                return "\u{5}party=" + key
            }.joined(separator: " ")
        }
    }
}

/// Tokenizers for the parse threads to record ``TokenStream``s with: each an in-memory connection with
/// ``DutchTokenizer`` and the index's compound frequencies, lent to one thread at a time. The
/// frequencies may arrive after the threads start (a rebuild counts them while the first documents
/// are parsed): recording waits for them.
final class TokenRecorders: @unchecked Sendable {
    private let condition = NSCondition()
    private var lexicon: CompoundLexicon?
    private var idle: [Recorder] = []

    private final class Recorder {
        let queue: DatabaseQueue
        let tokenizer: any FTS5Tokenizer
        init(lexicon: CompoundLexicon, arguments: [String]) throws {
            queue = try DatabaseQueue()
            tokenizer = try queue.inDatabase { db in
                DutchTokenizer.register(in: db)
                ConnectionFrequencies.attach(lexicon, to: db)
                return try db.makeTokenizer(DutchTokenizer.tokenizerDescriptor(arguments: arguments))
            }
        }
        deinit { queue.inDatabase { ConnectionFrequencies.detach(from: $0) } }
    }

    private let arguments: [String]

    /// Recorders splitting with `lexicon`, or (nil) with the frequencies given later to ``start(with:)``;
    /// `arguments` are the tokenizer's (the index's `tokenize=` clause after its name).
    init(lexicon: CompoundLexicon? = nil, arguments: [String] = []) {
        self.lexicon = lexicon
        self.arguments = arguments
    }

    /// Lets recording begin, with the index's frequencies (once; later calls change nothing, so a
    /// `defer { start(with: .general) }` can make sure no thread waits for ever).
    func start(with lexicon: CompoundLexicon) {
        condition.lock()
        if self.lexicon == nil { self.lexicon = lexicon }
        condition.broadcast()
        condition.unlock()
    }

    /// The streams of `texts`; empty when recording fails (the writer then tokenizes them itself).
    func record(_ texts: [String]) -> [TokenStream] {
        guard let recorder = checkOut() else { return [] }
        defer { checkIn(recorder) }
        return (try? texts.map { try TokenStream(recording: $0, with: recorder.tokenizer) }) ?? []
    }

    private func checkOut() -> Recorder? {
        condition.lock()
        while lexicon == nil { condition.wait() }
        let lexicon = self.lexicon!
        if let recorder = idle.popLast() { condition.unlock(); return recorder }
        condition.unlock()
        return try? Recorder(lexicon: lexicon, arguments: arguments)
    }

    private func checkIn(_ recorder: Recorder) {
        condition.lock()
        idle.append(recorder)
        condition.unlock()
    }
}

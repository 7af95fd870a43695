import DutchText
import Foundation
import GRDB
import Kamervragen

/// A parsed document made ready for the writer on a parse thread: the pairs to store, their texts
/// compressed (``StoredText``) and, when a ``TokenRecorders`` is given, the full-text terms of each
/// question and answer recorded (``TokenStream``). The writing thread then only writes.
struct PreparedDocument: @unchecked Sendable {
    struct Pair {
        var pair: QAPair
        var question: (value: any DatabaseValueConvertible, size: Int)
        var answer: (value: any DatabaseValueConvertible, size: Int)
    }

    /// One question set of the file (``Document/allSets``) with its pairs to store and what links it
    /// to the other documents of its set.
    struct Part {
        let document: Document
        let pairs: [Pair]
        let signature: CaseSignature
    }

    let document: Document
    /// The file's question sets, in text order: the first is `document` itself.
    let parts: [Part]
    /// The recorded terms of the pairs' questions and answers, all parts in order (empty when not recorded).
    let streams: [TokenStream]

    init(_ document: Document, path: String = "", recorders: TokenRecorders?) {
        self.document = document
        parts = document.allSets.map { set in
            Part(document: set, pairs: DocumentWriter.storedPairs(of: set).map {
                Pair(pair: $0, question: StoredText.encode($0.question), answer: StoredText.encode($0.answer))
            }, signature: set.kind == .other ? CaseSignature() : CaseSignature(document: set, fileName: path))
        }
        var streams: [TokenStream] = []
        if let recorders {
            streams = recorders.record(parts.flatMap(\.pairs).flatMap { [$0.pair.question, $0.pair.answer] }
                .filter { !$0.isEmpty })
        }
        self.streams = streams
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

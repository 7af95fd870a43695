import DutchText
import Foundation
import GRDB

/// The terms ``DutchTokenizer`` emits for one text in document mode, recorded once so that they can be
/// handed to FTS5 again without analysing the text a second time: the indexer's parse threads record
/// the question and answer of each pair, and the writing thread's tokenizer replays them
/// (``TokenReplay``) when FTS5 asks it to tokenize exactly that text. The analysis then runs on the
/// parse threads, in parallel, instead of on the one thread that writes.
///
/// Each record: flags (1 byte), start and end byte offsets (UInt32 each), term length (UInt16), term.
struct TokenStream: @unchecked Sendable {
    /// The text tokenized (compared byte for byte before a replay).
    let text: String
    private(set) var records: [UInt8] = []

    /// Records `text` tokenized in document mode by `tokenizer` (a ``DutchTokenizer``).
    init(recording text: String, with tokenizer: any FTS5Tokenizer) throws {
        self.text = text
        let box = Recorder(capacity: text.utf8.count * 3 + 64)
        var copy = text
        let rc = copy.withUTF8 { bytes -> CInt in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                tokenizer.tokenize(context: Unmanaged.passUnretained(box).toOpaque(), tokenization: .document,
                                   pText: chars.baseAddress, nText: CInt(chars.count), tokenCallback: recordToken)
            }
        }
        if rc != 0 { throw DatabaseError(resultCode: ResultCode(rawValue: rc)) }
        records = box.bytes()
    }

    /// Hands the recorded terms to FTS5's `callback`; stops at the first non-zero return.
    func replay(context: UnsafeMutableRawPointer?, callback: FTS5TokenCallback) -> CInt {
        records.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return 0 }
            var i = 0
            while i < all.count {
                let flags = CInt(base[i])
                let start = Self.read32(base + i + 1), end = Self.read32(base + i + 5)
                let length = Int(base[i + 9]) | Int(base[i + 10]) << 8
                let term = UnsafeRawPointer(base + i + 11).assumingMemoryBound(to: CChar.self)
                let rc = callback(context, flags, term, CInt(length), start, end)
                if rc != 0 { return rc }
                i += 11 + length
            }
            return 0
        }
    }

    /// Whether `text` (`count` bytes) is the recorded text.
    func matches(_ text: UnsafePointer<CChar>, _ count: Int) -> Bool {
        var copy = self.text
        return copy.withUTF8 { $0.count == count && ($0.isEmpty || memcmp($0.baseAddress!, text, count) == 0) }
    }

    private static func read32(_ p: UnsafePointer<UInt8>) -> CInt {
        CInt(bitPattern: UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16 | UInt32(p[3]) << 24)
    }

    /// The records being written: a growable byte buffer (one reservation per token, no Array
    /// bookkeeping per field).
    fileprivate final class Recorder {
        private(set) var base: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        private(set) var count = 0
        init(capacity: Int) {
            self.capacity = max(64, capacity)
            base = .allocate(capacity: self.capacity)
        }
        deinit { base.deallocate() }

        /// Room for `n` more bytes; returns where they go (the caller writes them all).
        @inline(__always)
        func append(_ n: Int) -> UnsafeMutablePointer<UInt8> {
            if count + n > capacity {
                var c = capacity * 2
                while count + n > c { c *= 2 }
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
                grown.update(from: base, count: count)
                base.deallocate()
                base = grown
                capacity = c
            }
            defer { count += n }
            return base + count
        }

        func bytes() -> [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
    }
}

private func recordToken(_ context: UnsafeMutableRawPointer?, _ flags: CInt, _ pToken: UnsafePointer<CChar>?,
                         _ nToken: CInt, _ iStart: CInt, _ iEnd: CInt) -> CInt {
    guard let context else { return 1 }
    // The recording holds the recorder for the whole call: no retain and release per term.
    Unmanaged<TokenStream.Recorder>.fromOpaque(context)._withUnsafeGuaranteedRef { box in
        let length = Int(min(max(nToken, 0), CInt(UInt16.max)))
        let start = UInt32(bitPattern: iStart), end = UInt32(bitPattern: iEnd)
        let stored = pToken != nil ? length : 0
        let p = box.append(11 + stored)
        p[0] = UInt8(truncatingIfNeeded: flags)
        p[1] = UInt8(truncatingIfNeeded: start); p[2] = UInt8(truncatingIfNeeded: start >> 8)
        p[3] = UInt8(truncatingIfNeeded: start >> 16); p[4] = UInt8(truncatingIfNeeded: start >> 24)
        p[5] = UInt8(truncatingIfNeeded: end); p[6] = UInt8(truncatingIfNeeded: end >> 8)
        p[7] = UInt8(truncatingIfNeeded: end >> 16); p[8] = UInt8(truncatingIfNeeded: end >> 24)
        p[9] = UInt8(truncatingIfNeeded: length); p[10] = UInt8(truncatingIfNeeded: length >> 8)
        if let pToken, stored > 0 {
            (p + 11).update(from: UnsafeRawPointer(pToken).assumingMemoryBound(to: UInt8.self), count: stored)
        }
    }
    return 0
}

/// The recorded streams a connection's ``DutchTokenizer`` may replay: offered by the indexer's writer
/// for the document it is about to insert, withdrawn after. Keyed by SQLite connection handle.
enum TokenReplay {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var offered: [Int: [TokenStream]] = [:]
    /// Streams handed out so far in this process (for tests).
    nonisolated(unsafe) private(set) static var replayed = 0

    /// Offers `streams` to `db`'s tokenizers until ``withdraw(from:)``.
    static func offer(_ streams: [TokenStream], to db: Database) {
        lock.lock(); defer { lock.unlock() }
        offered[ConnectionFrequencies.key(db)] = streams
    }

    static func withdraw(from db: Database) {
        lock.lock(); defer { lock.unlock() }
        offered[ConnectionFrequencies.key(db)] = nil
    }

    /// The offered stream recorded for exactly this text, if any.
    static func stream(forKey key: Int, text: UnsafePointer<CChar>, count: Int) -> TokenStream? {
        lock.lock(); defer { lock.unlock() }
        guard let streams = offered[key], let stream = streams.first(where: { $0.matches(text, count) }) else { return nil }
        replayed += 1
        return stream
    }
}

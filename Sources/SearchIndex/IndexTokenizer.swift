import DutchText
import Foundation
import GRDB

/// `kamervragen_dutch` as the index registers it: exactly ``DutchTokenizer``'s token logic (the same
/// `TokenizeRun` over `unicode61`), except that the `-ies` rule looks words up in ``IeWords/lexicon``,
/// the word list's words ending in `-ie`, instead of `Lexicon.shared`, which loads and folds the whole
/// list (about 2 s in a release build) the first time any `-ies` word comes by — in a search, the first
/// snippet holding "moties" or "commissies". The rule only ever asks about candidates ending in `-ie`,
/// so both lexicons give the same terms (a test compares the two tokenizers).
final class IndexTokenizer: FTS5CustomTokenizer {
    static let name = DutchTokenizer.name

    private let wrapped: any FTS5Tokenizer
    private let run: TokenizeRun
    private let lock = NSLock()

    init(db: Database, arguments: [String]) throws {
        guard arguments.isEmpty else {
            throw DatabaseError(message: "tokenizer \(Self.name) takes no arguments, got \(arguments)")
        }
        wrapped = try db.makeTokenizer(FTS5TokenizerDescriptor(components: DutchTokenizer.wrappedTokenizer))
        do {
            run = TokenizeRun(analyzer: try DutchAnalyzer(lexicon: { IeWords.lexicon }))
        } catch {
            throw DatabaseError(message: "tokenizer \(Self.name): \(error)")
        }
    }

    /// Mirrors `DutchTokenizer.tokenize`: modes from the FTS5 flags and the exact marker.
    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization,
                  pText: UnsafePointer<CChar>?, nText: CInt,
                  tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        lock.lock()
        defer { lock.unlock() }
        var text = pText
        var length = nText
        var shift: CInt = 0
        var mode = TokenizeRun.Mode.document
        if tokenization.contains(.query) {
            mode = tokenization.contains(.prefix) ? .prefix : .stemmed
            if let t = text, length > 0, UInt8(bitPattern: t[0]) == DutchTokenizer.exactMarker {
                text = t + 1; length -= 1; shift = 1
                if mode == .stemmed { mode = .exact }
            }
        }
        run.begin(mode: mode, exactPrefix: shift == 1, context: context, callback: tokenCallback, shift: shift)
        let rc = wrapped.tokenize(context: Unmanaged.passUnretained(run).toOpaque(), tokenization: tokenization,
                                  pText: text, nText: length, tokenCallback: indexTokenCallback)
        return rc == 0 ? run.finish() : rc
    }
}

private func indexTokenCallback(_ context: UnsafeMutableRawPointer?, _ flags: CInt, _ pToken: UnsafePointer<CChar>?,
                                _ nToken: CInt, _ iStart: CInt, _ iEnd: CInt) -> CInt {
    guard let context else { return 1 }  // SQLITE_ERROR
    return Unmanaged<TokenizeRun>.fromOpaque(context).takeUnretainedValue().accept(pToken, nToken, iStart, iEnd)
}

/// The words of the word list (the one `Lexicon.shared` reads: `$KAMERVRAGEN_LEXICON`,
/// `/usr/share/dict/dutch`, `/usr/share/dict/nederlands`) whose folded form ends in `ie`: all the
/// `-ies` rule needs. Found by a byte scan, so loading takes milliseconds, not seconds.
enum IeWords {
    static let lexicon: Lexicon = load(environment: ProcessInfo.processInfo.environment)

    static func load(environment: [String: String]) -> Lexicon {
        var candidates: [String] = []
        if let env = environment["KAMERVRAGEN_LEXICON"], !env.isEmpty { candidates.append(env) }
        candidates += ["/usr/share/dict/dutch", "/usr/share/dict/nederlands"]
        for path in candidates {
            guard FileManager.default.isReadableFile(atPath: path),
                  let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { continue }
            return Lexicon(words: words(in: data), identity: "\(path) (-ie words)")
        }
        return Lexicon(words: [], identity: "none")
    }

    /// Starts loading on a background thread, so a search that meets an `-ies` word finds it ready.
    static func prepareInBackground() {
        let thread = Thread { _ = IeWords.lexicon }
        thread.start()
    }

    /// Lines whose last two characters could fold to `ie`, kept when they really do. A line that is not
    /// UTF-8 is read as Latin-1 (as `Lexicon` reads a list that is not UTF-8).
    static func words(in data: Data) -> [String] {
        var result: [String] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            let count = raw.count
            var start = 0
            while start < count {
                let end: Int
                if let nl = memchr(base + start, 0x0A, count - start) {
                    end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = count
                }
                defer { start = end + 1 }
                var last = end
                while last > start && (base[last - 1] == 0x0D || base[last - 1] == 0x20 || base[last - 1] == 0x09) {
                    last -= 1
                }
                guard last - start >= 2 else { continue }
                let e = base[last - 1], i = base[last - 2]
                let asciiTail = e < 0x80 && i < 0x80
                if asciiTail && ((e | 0x20) != UInt8(ascii: "e") || (i | 0x20) != UInt8(ascii: "i")) { continue }
                var first = start
                while first < last && (base[first] == 0x20 || base[first] == 0x09) { first += 1 }
                guard first < last, base[first] != UInt8(ascii: "#") else { continue }
                let line = UnsafeBufferPointer(start: base + first, count: last - first)
                let word = String(validating: line, as: UTF8.self)
                    ?? String(String.UnicodeScalarView(line.map { Unicode.Scalar($0) }))
                if asciiTail || Lexicon.fold(word.lowercased()).hasSuffix("ie") { result.append(word) }
            }
        }
        return result
    }
}

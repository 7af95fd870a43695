// libFuzzer target: arbitrary bytes → query parser → FTS5 expression → executed against a small index
// (built by scripts/fuzz from Corpus/, path in $KAMERVRAGEN_FUZZ_DB). A query may be refused as bad
// (IndexError.badQuery); any other failure — an SQLite error from a generated expression, a crash —
// is a bug and aborts so libFuzzer records the input.
import Foundation
import SearchIndex

private let searcher: Searcher = {
    guard let path = ProcessInfo.processInfo.environment["KAMERVRAGEN_FUZZ_DB"] else {
        fatalError("set KAMERVRAGEN_FUZZ_DB to an index built from Corpus/")
    }
    do { return try Searcher(databasePath: path) } catch { fatalError("cannot open \(path): \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func queryFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let flags = data[0]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    var request = SearchRequest(query: text)
    request.exact = flags & 1 != 0
    request.sort = flags & 2 != 0 ? .date : .relevance
    request.limit = Int(flags >> 4)
    if flags & 4 != 0 { request.filters.party = "VVD" }
    do {
        _ = try searcher.search(request)
    } catch let error as IndexError where error.kind == .badQuery {
        // A refused query is a correct answer.
    } catch {
        fatalError("query \(text.debugDescription) failed: \(error)")
    }
    return 0
}

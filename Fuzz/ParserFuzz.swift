// libFuzzer target: arbitrary bytes → DocumentParser → Document (built by scripts/fuzz).
// Every input must give a Document or a ParseError; any crash, hang or sanitizer report is a bug.
import Foundation
import Kamervragen

private let inputPath = "/dev/shm/kamervragen-fuzz-\(getpid()).txt"

@_cdecl("LLVMFuzzerTestOneInput")
public func parserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    // The parser reads files (size checks, encoding and type detection happen there), so go through one.
    guard FileManager.default.createFile(atPath: inputPath, contents: bytes) else { return 0 }
    if let document = try? DocumentParser().parse(fileAt: inputPath) {
        _ = document.pairs
        _ = try? JSONEncoder().encode(document)
    }
    return 0
}

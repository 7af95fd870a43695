/// Decoding of a front-coded word list (the form of ``BundledWordListData``, written by
/// `scripts/make-word-list`): each line starts with one character `0` + k, k the number of leading bytes it
/// shares with the line before, followed by the rest of the line. Decoding gives back the list's exact
/// bytes, one word per line, each line ended by `\n`.
enum FrontCodedList {
    /// The list's bytes. `expectedCount` sizes the buffer (a longer result is still complete).
    static func decode(_ coded: String, expectedCount: Int = 0) -> [UInt8] {
        var coded = coded
        return coded.withUTF8 { input in
            // Each coded line is at most 41 bytes shorter than its decoded line (prefix ≤ 40, one marker).
            let lines = input.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            let capacity = max(expectedCount, input.count + 40 * lines)
            return [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
                var o = 0, i = 0
                var previousStart = 0, previousLength = 0
                let n = input.count
                while i < n {
                    let shared = Int(input[i]) &- 0x30
                    precondition(shared >= 0 && shared <= previousLength, "malformed front-coded list")
                    i += 1
                    let start = o
                    for k in 0..<shared { out[o + k] = out[previousStart + k] }
                    o += shared
                    while i < n, input[i] != 0x0A { out[o] = input[i]; o += 1; i += 1 }
                    i += 1  // the line's \n
                    previousStart = start
                    previousLength = o - start
                    out[o] = 0x0A
                    o += 1
                }
                written = o
            }
        }
    }
}

/// Decoding of a front-coded word list (the form of ``BundledWordListData``, written by
/// `scripts/make-word-list`): each line starts with one character `0` + k, k the number of leading bytes it
/// shares with the line before, followed by the rest of the line. Decoding gives back the list's exact
/// bytes, one word per line, each line ended by `\n`.
enum FrontCodedList {
    /// The list's bytes. `expectedCount` sizes the buffer.
    static func decode(_ coded: String, expectedCount: Int = 0) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(expectedCount)
        var coded = coded
        coded.withUTF8 { input in
            var lineStart = 0  // start in `out` of the line being written
            var previousStart = 0, previousLength = 0
            var i = 0
            let n = input.count
            while i < n {
                let shared = Int(input[i]) - 0x30
                i += 1
                precondition(shared >= 0 && shared <= previousLength, "malformed front-coded list")
                lineStart = out.count
                for k in 0..<shared { out.append(out[previousStart + k]) }
                while i < n, input[i] != 0x0A { out.append(input[i]); i += 1 }
                i += 1  // the line's \n
                previousStart = lineStart
                previousLength = out.count - lineStart
                out.append(0x0A)
            }
        }
        return out
    }
}

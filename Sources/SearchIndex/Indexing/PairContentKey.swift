import Kamervragen

/// A pair's identity by its content, the same in every index of the same text: what a watch has seen
/// survives a rebuild and a renamed file (`pairs.content_key`). The question decides (the answers
/// document repeats the question of the questions document, so both have one key and the answer is
/// news about it); a unit of text not split and a notice's text (no question) go by their own text.
enum PairContentKey {
    static func of(_ pair: QAPair) -> String {
        if pair.isUnsplit { return "t" + hash(pair.question) }
        if pair.question.isEmpty { return "n" + hash(pair.answer) }
        return "q" + hash(pair.question)
    }

    /// 64-bit FNV-1a of the text's words (letters and digits, lower-cased; runs of anything else are one
    /// separator), as 16 hex digits: layout and punctuation do not change it.
    static func hash(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var pendingSeparator = false
        var text = text
        text.withUTF8 { bytes in
            for b in bytes {
                let c = b &- 0x41 < 26 ? b | 0x20 : b
                let inWord = c &- 0x61 < 26 || c &- 0x30 < 10 || c >= 0x80
                if inWord {
                    if pendingSeparator { h = (h ^ 0x20) &* 0x0000_0100_0000_01B3; pendingSeparator = false }
                    h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
                } else {
                    pendingSeparator = true
                }
            }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

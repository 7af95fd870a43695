/// The cap on token length.
///
/// A word in the text is at most a few dozen bytes (`kinderbeschermingsmaatregelen` is 29); longer
/// "tokens" are URLs without punctuation, base64 or glued garbage. Such a token is truncated to at
/// most ``maxBytes`` bytes (at a UTF-8 character boundary) and is not stemmed. The same truncation
/// applies at query time, so the long token is still found, together with any other sharing its
/// first ``maxBytes`` bytes. Every term the tokenizer emits, marker included, is at most ``maxBytes``.
public enum TokenLimit {
    /// The longest term emitted, in bytes.
    public static let maxBytes = 64

    /// `bytes.count` when within the cap, otherwise the longest prefix ≤ ``maxBytes`` that ends on a
    /// UTF-8 character boundary.
    @inline(__always)
    public static func clampedLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = bytes.count
        guard n > maxBytes else { return n }
        n = maxBytes
        // Back off while the first byte after the cut is a continuation byte (10xxxxxx).
        while n > 0, bytes[n] & 0xC0 == 0x80 { n -= 1 }
        return n
    }
}

/// Small byte-level helpers for the hot paths of repair (Foundation's bridged string search and
/// trimming are slow on Linux).
public enum FastText {
    /// `s` without leading and trailing spaces and tabs.
    public static func trimSpaces<S: StringProtocol>(_ s: S) -> Substring where S.SubSequence == Substring {
        var t = s[...]
        while let f = t.first, f == " " || f == "\t" { t = t.dropFirst() }
        while let l = t.last, l == " " || l == "\t" { t = t.dropLast() }
        return t
    }

    /// Whether `haystack` contains the bytes of `needle`.
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

import Kamervragen

/// JSON of the row columns as ``DocumentWriter/json(_:)`` writes it (`JSONEncoder`, sorted keys, slashes
/// not escaped), made without an encoder when no string needs escaping.
enum PlainJSON {
    /// `["a","b"]`, or nil when some string needs an escape.
    static func encode(_ strings: [String]) -> String? {
        var out: [UInt8] = [0x5B]
        for (i, s) in strings.enumerated() {
            if i > 0 { out.append(0x2C) }
            guard append(s, to: &out) else { return nil }
        }
        out.append(0x5D)
        return String(decoding: out, as: UTF8.self)
    }

    /// `[{"message":"…","severity":"info"}]`, or nil when some message needs an escape.
    static func encode(_ diagnostics: [Diagnostic]) -> String? {
        var out: [UInt8] = [0x5B]
        for (i, d) in diagnostics.enumerated() {
            if i > 0 { out.append(0x2C) }
            out += Array(#"{"message":"#.utf8)
            guard append(d.message, to: &out) else { return nil }
            out += Array(#","severity":"#.utf8)
            guard append(d.severity.rawValue, to: &out) else { return nil }
            out.append(0x7D)
        }
        out.append(0x5D)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `s` quoted; false when it holds a byte below 0x20, `"`, `\` or DEL (the encoder's
    /// escapes are left to it).
    private static func append(_ s: String, to out: inout [UInt8]) -> Bool {
        out.append(0x22)
        for c in s.utf8 {
            if c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F { return false }
            out.append(c)
        }
        out.append(0x22)
        return true
    }
}

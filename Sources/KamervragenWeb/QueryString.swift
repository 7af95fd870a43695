/// An `application/x-www-form-urlencoded` query string, decoded strictly: repeated names, bad
/// percent escapes and invalid UTF-8 are errors (a 400), never guesses.
struct QueryString {
    private(set) var values: [String: String] = [:]

    struct Malformed: Error { var message: String }

    init(_ query: String?) throws {
        guard let query, !query.isEmpty else { return }
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
            guard values[name] == nil else { throw Malformed(message: "parameter \(name) given twice") }
            values[name] = value
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// The same parameters without `names` (for a reader of the others).
    func removing(_ names: [String]) -> QueryString {
        var copy = self
        for name in names { copy.values[name] = nil }
        return copy
    }

    /// `+` is a space; `%XX` a byte; the bytes must be UTF-8.
    static func decode(_ text: Substring) throws -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let b = utf8.popFirst() {
            switch b {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard utf8.count >= 2, let high = hex(utf8.popFirst()!), let low = hex(utf8.popFirst()!) else {
                    throw Malformed(message: "bad percent escape in the address")
                }
                bytes.append(high << 4 | low)
            default: bytes.append(b)
            }
        }
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw Malformed(message: "the address is not UTF-8")
        }
        return string
    }

    /// Percent-encodes `text` for a query string value (everything but unreserved characters).
    static func encode(_ text: String) -> String {
        var out = ""
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            case UInt8(ascii: " "): out += "+"
            default: out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// `name=value&…` of the pairs with a non-empty value, in the order given.
    static func build(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in
            guard let value, !value.isEmpty else { return nil }
            return encode(name) + "=" + encode(value)
        }.joined(separator: "&")
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

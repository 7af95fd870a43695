import DutchText
import Foundation

/// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and otherwise
/// Windows-1252 (a superset of Latin-1 for text; undefined bytes map to their Latin-1 code point), so
/// no byte is ever dropped.
enum TextDecoding {
    enum Encoding: String { case utf8, utf16LE, utf16BE, windows1252 }

    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BE) }
        if let s = FastText.validUTF8(bytes) { return (s, .utf8) }
        return (windows1252(bytes), .windows1252)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (0 = undefined: use the Latin-1 code point).
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        for b in bytes {
            var v = UInt32(b)
            if (0x80...0x9F).contains(b), high[Int(b - 0x80)] != 0 { v = high[Int(b - 0x80)] }
            out.append(Unicode.Scalar(v)!)
        }
        return String(out)
    }

    /// Whether the bytes look binary: NUL bytes (outside UTF-16) or mostly control characters.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        let sample = bytes.prefix(65536)
        if sample.contains(0) { return true }
        var control = 0
        for b in sample where b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { control += 1 }
        return control * 10 > sample.count
    }
}

extension String {
    /// Strict UTF-8 decoding: nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(scalars)
    }
}

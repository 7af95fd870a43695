import SystemZlib
import Foundation
import GRDB

/// How question and answer texts are stored: in SQLite's archive (sqlar) format, so that the `sqlite3`
/// shell can read them with its own `sqlar_uncompress`. A text of at least ``minimumLength`` bytes is
/// stored as a zlib stream (BLOB) when that saves at least a tenth, otherwise as TEXT; a size column
/// holds the UTF-8 length. `sqlar_uncompress(value, size)` gives the text back in any connection of
/// this program (``register(in:)``) and in the shell:
///
///     SELECT CAST(sqlar_uncompress(answer, answer_size) AS TEXT) FROM pairs
///
/// Dutch prose compresses to about 45–60%; the stored text is then a third of the index, not a half.
enum StoredText {
    /// Shorter texts stay TEXT (compression would not pay for the zlib header).
    static let minimumLength = 64
    /// zlib level: 1 compresses nearly as well as 6 on this text, at twice the speed.
    static let level: Int32 = 1

    /// The value to store for `text`, and its size column.
    static func encode(_ text: String) -> (value: any DatabaseValueConvertible, size: Int) {
        var utf8 = text
        return utf8.withUTF8 { bytes -> (any DatabaseValueConvertible, Int) in
            guard bytes.count >= minimumLength,
                  let out = Deflater.withDeflater(level: level, { $0.compress(bytes) }),
                  out.count <= bytes.count - bytes.count / 10 else { return (text, bytes.count) }
            return (out, bytes.count)
        }
    }

    /// The text of a stored value: TEXT as it is; a BLOB of `size` bytes as its bytes; another BLOB
    /// inflated to `size` bytes. Nil for a BLOB that does not inflate to exactly `size` bytes.
    static func decode(_ value: DatabaseValue, size: Int) -> String? {
        switch value.storage {
        case .string(let s): return s
        case .blob(let data):
            if data.count == size { return String(decoding: data, as: UTF8.self) }
            guard size >= 0, size <= 1 << 30 else { return nil }
            var length = uLongf(size)
            var out = [UInt8](repeating: 0, count: max(size, 1))
            let rc = data.withUnsafeBytes { src in
                uncompress(&out, &length, src.bindMemory(to: Bytef.self).baseAddress, uLong(data.count))
            }
            guard rc == Z_OK, Int(length) == size else { return nil }
            return String(decoding: out[0..<size], as: UTF8.self)
        case .null: return nil
        case .int64(let n): return String(n)
        case .double(let d): return String(d)
        }
    }

    /// `sqlar_uncompress(value, size)`, as the `sqlite3` shell has it (but returning TEXT). A value that
    /// does not inflate is an SQL error, not a wrong text.
    static let function = DatabaseFunction("sqlar_uncompress", argumentCount: 2, pure: true) { values in
        let size = Int.fromDatabaseValue(values[1]) ?? -1
        if values[0].isNull { return nil }
        guard let text = decode(values[0], size: size) else {
            throw DatabaseError(message: "sqlar_uncompress: stored text does not inflate to \(size) bytes")
        }
        return text
    }

    /// Registers ``function`` on `db`: every connection reading the view `pair_content` needs it.
    static func register(in db: Database) {
        db.add(function: function)
    }
}

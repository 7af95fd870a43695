import Foundation

/// Writes the `[String: Any]` objects of ``SearchIndex/SearchJSON`` as compact JSON text, byte for byte
/// as `JSONSerialization` with `.sortedKeys` and `.withoutEscapingSlashes` writes them (a test checks
/// this), several times faster: on Linux `JSONSerialization` takes about 6 ms for one page of hits with
/// their full texts, which was half the cost of an API request.
enum JSONWriter {
    /// The JSON text of `value`: dictionaries with string keys, arrays, strings, `Bool`, `Int`,
    /// `Int64`, `Double`, `NSNull`, and optionals of those.
    static func text(_ value: Any) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(value, into: &out)
        return out
    }

    private static func write(_ value: Any, into out: inout String) {
        // Exact type tests first: a conditional cast of a dictionary to `String` (or the reverse) goes
        // through Foundation's bridging on Linux, which cost more than the writing itself.
        let type = ObjectIdentifier(Swift.type(of: value))
        switch type {
        case ObjectIdentifier(String.self): string(value as! String, into: &out)
        case ObjectIdentifier(Bool.self): out += (value as! Bool) ? "true" : "false"
        case ObjectIdentifier(Int.self): out += String(value as! Int)
        case ObjectIdentifier(Int64.self): out += String(value as! Int64)
        case ObjectIdentifier(Double.self): number(value as! Double, into: &out)
        case ObjectIdentifier(NSNull.self): out += "null"
        case ObjectIdentifier([String: Any].self): object(value as! [String: Any], into: &out)
        case ObjectIdentifier([[String: Any]].self): array(value as! [[String: Any]], into: &out)
        case ObjectIdentifier([String].self): array(value as! [String], into: &out)
        case ObjectIdentifier([Int].self): array(value as! [Int], into: &out)
        case ObjectIdentifier([Any].self): array(value as! [Any], into: &out)
        default: slow(value, into: &out)
        }
    }

    private static func object(_ object: [String: Any], into out: inout String) {
        out += "{"
        var first = true
        for key in object.keys.sorted() {
            if !first { out += "," }
            first = false
            string(key, into: &out)
            out += ":"
            write(object[key]!, into: &out)
        }
        out += "}"
    }

    private static func array<T>(_ array: [T], into out: inout String) {
        out += "["
        for (i, element) in array.enumerated() {
            if i > 0 { out += "," }
            write(element, into: &out)
        }
        out += "]"
    }

    private static func number(_ d: Double, into out: inout String) {
        out += d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)") : "null"
    }

    /// Any other type, by conditional casts.
    private static func slow(_ value: Any, into out: inout String) {
        switch value {
        case let s as String: string(s, into: &out)
        case let b as Bool: out += b ? "true" : "false"
        case let i as Int: out += String(i)
        case let i as Int64: out += String(i)
        case let i as Int32: out += String(i)
        case let d as Double: number(d, into: &out)
        case is NSNull: out += "null"
        case let o as [String: Any]: object(o, into: &out)
        case let a as [Any]: array(a, into: &out)
        default:
            // An optional holding a value, or nil.
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                if let inner = mirror.children.first?.value { write(inner, into: &out) } else { out += "null" }
            } else {
                string(String(describing: value), into: &out)
            }
        }
    }

    private static func string(_ s: String, into out: inout String) {
        out += "\""
        var clean = true
        for b in s.utf8 where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { clean = false; break }
        if clean {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{8}": out += "\\b"
                case "\u{C}": out += "\\f"
                default:
                    if scalar.value < 0x20 {
                        out += "\\u00" + String(scalar.value, radix: 16).leftPadded(to: 2)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}

import Foundation

/// Checks a decoded JSON value against a JSON Schema of the OpenAPI description: `type` (one or a
/// list, `"null"` included), `required`, `properties`, `items`, `enum` of strings and `$ref` to
/// `#/components/schemas/…`. Returns what does not match, as `path: problem`.
struct SchemaCheck {
    let document: [String: Any]

    func problems(_ value: Any, _ schema: [String: Any], at path: String = "$") -> [String] {
        if let ref = schema["$ref"] as? String {
            guard let target = resolve(ref) else { return ["\(path): unknown $ref \(ref)"] }
            return problems(value, target, at: path)
        }
        var out: [String] = []
        let types: [String] = (schema["type"] as? String).map { [$0] } ?? (schema["type"] as? [Any])?.compactMap { $0 as? String } ?? []
        if !types.isEmpty, !types.contains(where: { Self.matches(value, $0) }) {
            return ["\(path): \(Self.describe(value)) is not \(types.joined(separator: " or "))"]
        }
        if value is NSNull { return [] }
        if let allowed = schema["enum"] as? [Any], let string = value as? String,
           !allowed.contains(where: { ($0 as? String) == string }) {
            out.append("\(path): \"\(string)\" is not one of \(allowed)")
        }
        if let object = value as? [String: Any] {
            for name in (schema["required"] as? [Any])?.compactMap({ $0 as? String }) ?? [] where object[name] == nil {
                out.append("\(path): required field \(name) is missing")
            }
            for (name, sub) in (schema["properties"] as? [String: Any]) ?? [:] {
                if let field = object[name], let sub = sub as? [String: Any] { out += problems(field, sub, at: path + "." + name) }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, element) in array.enumerated() { out += problems(element, items, at: "\(path)[\(i)]") }
        }
        return out
    }

    func resolve(_ ref: String) -> [String: Any]? {
        let prefix = "#/components/schemas/"
        guard ref.hasPrefix(prefix) else { return nil }
        return ((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?[String(ref.dropFirst(prefix.count))] as? [String: Any]
    }

    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return type(of: value) == Bool.self || String(cString: number.objCType) == "c" || String(cString: number.objCType) == "B"
            || CFGetTypeIDIfAvailable(number)
    }

    private static func CFGetTypeIDIfAvailable(_ number: NSNumber) -> Bool {
        number === kTrue || number === kFalse
    }
    private static let kTrue = NSNumber(value: true)
    private static let kFalse = NSNumber(value: false)

    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "integer":
            guard let n = value as? NSNumber, !isBoolean(value) else { return false }
            return n.doubleValue == n.doubleValue.rounded()
        case "number": return value is NSNumber && !isBoolean(value)
        default: return false
        }
    }

    static func describe(_ value: Any) -> String {
        for t in ["null", "boolean", "integer", "number", "string", "array", "object"] where matches(value, t) { return t }
        return "\(Swift.type(of: value))"
    }
}

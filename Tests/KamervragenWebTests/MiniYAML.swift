/// The subset of YAML that `docs/openapi.yaml` is written in: block mappings and lists (of mappings
/// or scalars), flow lists of scalars (`[a, b]`), quoted and plain scalars, folded text (`>`). Enough
/// to read the API description in a test without a YAML library.
enum MiniYAML {
    struct Line { var indent: Int; var text: String }

    static func parse(_ text: String) -> Any {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { raw -> Line? in
            let s = String(raw)
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return Line(indent: s.prefix(while: { $0 == " " }).count, text: trimmed)
        }
        var i = 0
        return node(&lines, &i, indent: lines.first?.indent ?? 0)
    }

    private static func node(_ lines: inout [Line], _ i: inout Int, indent: Int) -> Any {
        if lines[i].text.hasPrefix("- ") {
            var list: [Any] = []
            while i < lines.count, lines[i].indent == indent, lines[i].text.hasPrefix("- ") {
                let rest = String(lines[i].text.dropFirst(2))
                if key(rest) != nil {
                    lines[i] = Line(indent: indent + 2, text: rest)
                    list.append(node(&lines, &i, indent: indent + 2))
                } else {
                    list.append(scalar(rest))
                    i += 1
                }
            }
            return list
        }
        var map: [String: Any] = [:]
        while i < lines.count, lines[i].indent == indent, !lines[i].text.hasPrefix("- ") {
            guard let (name, value) = key(lines[i].text) else { i += 1; continue }
            i += 1
            if value.isEmpty {
                map[name] = i < lines.count && lines[i].indent > indent ? node(&lines, &i, indent: lines[i].indent) : NSNullValue()
            } else if value == ">" || value == "|" {
                var folded: [String] = []
                while i < lines.count, lines[i].indent > indent { folded.append(lines[i].text); i += 1 }
                map[name] = folded.joined(separator: " ")
            } else {
                map[name] = scalar(value)
            }
        }
        return map
    }

    struct NSNullValue {}

    /// `name: value` or `name:` (the name plain or quoted), else nil.
    private static func key(_ text: String) -> (String, String)? {
        var name = ""
        var rest = Substring(text)
        if text.hasPrefix("\"") {
            guard let close = text.dropFirst().firstIndex(of: "\"") else { return nil }
            name = String(text[text.index(after: text.startIndex)..<close])
            rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":") else { return nil }
        } else {
            guard let colon = text.range(of: ": ")?.lowerBound ?? (text.hasSuffix(":") ? text.index(before: text.endIndex) : nil)
            else { return nil }
            name = String(text[..<colon])
            rest = text[colon...]
            if name.contains("\"") || name.hasPrefix("[") { return nil }
        }
        return (name, rest.dropFirst().trimmingCharacters(in: .whitespaces))
    }

    private static func scalar(_ text: String) -> Any {
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { return String(text.dropFirst().dropLast()) }
        if text.hasPrefix("["), text.hasSuffix("]") {
            return text.dropFirst().dropLast().split(separator: ",").map {
                scalar($0.trimmingCharacters(in: .whitespaces))
            }
        }
        if text == "true" { return true }
        if text == "false" { return false }
        if let n = Int(text) { return n }
        return text
    }
}

import Foundation

/// How people are written in results: `Wiersma (VVD)`, `Minister Koolmees (Sociale Zaken en
/// Werkgelegenheid)`. One spelling for the CLI and the web page.
extension Person {
    /// The name with the party in brackets when known.
    public var displayName: String {
        party.map { "\(name) (\($0))" } ?? name
    }
}

extension Official {
    /// Role and name, with the department in brackets; `?` when nothing is known.
    public var displayName: String {
        var text = [role, name].compactMap { $0 }.joined(separator: " ")
        if let department { text += text.isEmpty ? department : " (\(department))" }
        return text.isEmpty ? "?" : text
    }
}

import Foundation

/// Foundation's `trimmingCharacters(in:)` answered on bytes where it provably agrees: the ASCII members
/// of a set are trimmed byte by byte from both ends; when a byte beyond ASCII is reached at either end,
/// Foundation decides (a mark may join the space before it, and the set may hold that scalar).
struct ASCIITrim: Sendable {
    /// Foundation's set, for the fallback (and the reference the byte path is tested against).
    let characterSet: CharacterSet
    /// Whether each ASCII byte is a member of ``characterSet``.
    private let members: [Bool]

    init(_ set: CharacterSet) {
        characterSet = set
        members = (0..<128).map { set.contains(Unicode.Scalar(UInt8($0))) }
    }

    static let whitespaces = ASCIITrim(.whitespaces)
    static let spaceCommaStop = ASCIITrim(CharacterSet(charactersIn: " ,."))
    static let spaceComma = ASCIITrim(CharacterSet(charactersIn: " ,"))
    static let fullStop = ASCIITrim(CharacterSet(charactersIn: "."))

    /// `s.trimmingCharacters(in: characterSet)`.
    func callAsFunction(_ s: String) -> String { callAsFunction(s[...]) }

    /// `s.trimmingCharacters(in: characterSet)`.
    func callAsFunction(_ s: Substring) -> String {
        let u = s.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] < 0x80, members[Int(u[lo])] { lo = u.index(after: lo) }
        while lo < hi {
            let last = u.index(before: hi)
            guard u[last] < 0x80, members[Int(u[last])] else { break }
            hi = last
        }
        if lo < hi, u[lo] >= 0x80 || u[u.index(before: hi)] >= 0x80 {
            return s.trimmingCharacters(in: characterSet)
        }
        return String(s[lo..<hi])
    }
}

import Foundation

/// What a document says about the question set it belongs to: the facts that link the documents of one
/// set (its questions, notices of delay and answers) into a *case*.
///
/// - `identifiers`: the document's own identifiers: zaak numbers (`2024Z18659`, also inside
///   `kv-tk-2024Z18659`), Aanhangsel numbers (`ah-tk-20242025-594`), from the header, the footers, a
///   notice's text and the file name, but not from the questions and answers, where another set may be
///   cited.
/// - `references`: earlier publications of the same set named in the header, "Zie ook Aanhangsel
///   Handelingen, vergaderjaar 2024–2025, nr. 528." → `ah-tk-20242025-528` (the notice of delay).
/// - `meta`: askers and submitted date, for documents without identifiers; linked only when the
///   questions (or, without questions, the subjects) agree as well.
public struct CaseSignature: Sendable, Equatable {
    public var identifiers: [String]
    public var references: [String]
    /// `submitted|asker key|asker key…` (sorted), or nil when the askers or the date are unknown.
    public var meta: String?
    /// The questions as a set of hashed word trigrams (sorted, unique): two documents of one set share
    /// most of them.
    public var questionPrint: [UInt32]

    public init(identifiers: [String] = [], references: [String] = [], meta: String? = nil, questionPrint: [UInt32] = []) {
        self.identifiers = identifiers
        self.references = references
        self.meta = meta
        self.questionPrint = questionPrint
    }

    /// The signature of one question set of a file named `fileName`.
    public init(document: Document, fileName: String) {
        let body = (document.questions.map(\.text) + document.answers.map(\.text)).joined(separator: "\n")
        let cited = Set(Identifiers.find(in: body))
        var own: [String] = []
        for id in document.identifiers where !cited.contains(id) { own += Self.keys(of: id) }
        for id in Self.fileNameIdentifiers(fileName) { own += Self.keys(of: id) }
        let ownKeys = Self.unique(own)
        identifiers = ownKeys
        references = Self.unique(Self.seeAlso(in: document.unsplit.joined(separator: "\n")).filter { !ownKeys.contains($0) })
        let askers = document.askers.map { Self.nameKey($0.name) }.filter { !$0.isEmpty }.sorted()
        if let submitted = document.submitted, !askers.isEmpty {
            meta = ([submitted] + askers).joined(separator: "|")
        } else {
            meta = nil
        }
        questionPrint = meta == nil ? [] : Self.trigramPrint(document.questions.map(\.text))
    }

    /// Hashed (FNV-1a) trigrams of the lower-cased words (runs of letters and digits; other bytes of
    /// UTF-8 count as letters) of `texts`, sorted and unique.
    public static func trigramPrint(_ texts: [String]) -> [UInt32] {
        var words: [UInt32] = []
        for text in texts {
            var h: UInt32 = 2_166_136_261, length = 0
            for b in text.utf8 {
                let c = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
                let inWord = (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c >= 0x80
                if inWord {
                    h = (h ^ UInt32(c)) &* 16_777_619
                    length += 1
                } else if length > 0 {
                    words.append(h)
                    h = 2_166_136_261
                    length = 0
                }
            }
            if length > 0 { words.append(h) }
        }
        guard words.count >= 3 else { return [] }
        // Sorted, then runs of one value made one: as a set, sorted.
        var grams = [UInt32](unsafeUninitializedCapacity: words.count - 2) { out, initialized in
            for i in 0..<(words.count - 2) { out[i] = (words[i] &* 31 &+ words[i + 1]) &* 31 &+ words[i + 2] }
            initialized = words.count - 2
        }
        grams.sort()
        var kept = 1
        for i in 1..<grams.count where grams[i] != grams[kept - 1] {
            grams[kept] = grams[i]
            kept += 1
        }
        grams.removeLast(grams.count - kept)
        return grams
    }

    /// Jaccard similarity of two prints (sorted, unique).
    public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// Link keys of one identifier: zaak numbers as written (`2024Z18659`), Aanhangsel numbers lower-case;
    /// `kv-tk-2024Z18659` is its zaak number. Document numbers (`2022D31072`) and Word headers (`AH617`)
    /// name one file, not a set, and are left out.
    static func keys(of identifier: String) -> [String] {
        let id = identifier
        if id.count == 10, id.dropFirst(4).first == "Z", id.prefix(4).allSatisfy(\.isNumber) { return [id] }
        let lower = id.lowercased()
        if lower.hasPrefix("kv-"), let z = id.range(of: #"\d{4}Z\d{5}"#, options: .regularExpression) {
            return [String(id[z])]
        }
        if lower.hasPrefix("ah-tk-") || lower.hasPrefix("ah-ek-") { return [lower] }
        return []
    }

    /// The identifiers of ``fileNameText(_:)``. None when the whole path, `/` made a line break and
    /// `_` and `.` spaces, has none: the name's stem is a part of it that starts a line and ends at a
    /// space, line break or the end, and such a part keeps its identifiers in the longer text (only
    /// `2024Z 17972` reaches over a space, and what it takes, five digits before a non-alphanumeric,
    /// starts no identifier).
    static func fileNameIdentifiers(_ fileName: String) -> [String] {
        let spaced = String(decoding: fileName.utf8.map { $0 == 0x2F ? 0x0A : $0 == 0x5F || $0 == 0x2E ? 0x20 : $0 }, as: UTF8.self)
        guard !Identifiers.find(in: spaced).isEmpty else { return [] }
        return Identifiers.find(in: fileNameText(fileName))
    }

    /// The file name with separators made spaces, so that `ah-tk-20242025-594.pdf` and
    /// `kv-tk-2024Z18659_vragen.txt` yield their identifiers.
    static func fileNameText(_ fileName: String) -> String {
        let base = (fileName as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension
        return stem.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: ".", with: " ")
    }

    private static let seeAlsoPattern = try! NSRegularExpression(
        pattern: #"Zie ook Aanhangsel (?:van de )?Handelingen,?\s*(?:(Eerste|Tweede) Kamer,?\s*)?vergaderjaar\s*(\d{4})\s*[–—-]\s*(\d{4}),?\s*nr\.?\s*(\d{1,5})"#,
        options: [.caseInsensitive])

    /// `ah-tk-…` keys of the "Zie ook Aanhangsel Handelingen …, nr. N" references in `text`.
    static func seeAlso(in text: String) -> [String] {
        // Every match starts `zie oo` in some case (no other Character folds to these letters).
        guard mayCiteSeeAlso(text) else { return [] }
        let ns = text as NSString
        return seeAlsoPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            let chamber = m.range(at: 1).location != NSNotFound && ns.substring(with: m.range(at: 1)).lowercased() == "eerste"
                ? "ek" : "tk"
            return "ah-\(chamber)-\(ns.substring(with: m.range(at: 2)))\(ns.substring(with: m.range(at: 3)))-\(ns.substring(with: m.range(at: 4)))"
        }
    }

    /// Whether `text` holds `zie oo` in any ASCII case.
    static func mayCiteSeeAlso(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let needle: [UInt8] = Array("zie oo".utf8)
            guard b.count >= needle.count else { return false }
            for i in 0...(b.count - needle.count) where b[i] | 0x20 == 0x7A {
                var k = 1
                while k < needle.count, b[i + k] | 0x20 == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            return false
        }
    }

    /// A member's name as a key: letters folded to lower-case ASCII, the rest dropped
    /// (`Slagt-Tichelman` → `slagttichelman`, `Kostić` → `kostic`).
    static func nameKey(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: folding only lower-cases, and the letters are `A–Z a–z`.
            return String(decoding: name.utf8.compactMap { c in (c | 0x20) &- 0x61 < 26 ? c | 0x20 : nil }, as: UTF8.self)
        }
        return foldedNameKey(name)
    }

    /// ``nameKey(_:)`` by Foundation's folding (any text, and the reference the ASCII path is tested against).
    static func foldedNameKey(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }

    private static func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}

/// What to do with a hyphen at the end of a line.
public enum HyphenDecision: Equatable, Sendable {
    /// Remove the hyphen and join the halves: `problema-` / `tiek` → `problematiek`.
    case join
    /// Keep the hyphen and join without space: `Noord-` / `Holland` → `Noord-Holland`.
    case keepHyphen
    /// Keep hyphen and the space: an elision, `land-` / `en tuinbouw` → `land- en tuinbouw`.
    case keepHyphenAndSpace
}

/// Decides line-break hyphens by the rules of `docs/normalisation.md` §1.4 (29/29 on the hand-made
/// cases), with a lexicon (the OpenTaal list) plus words seen unhyphenated in the document itself.
public struct Dehyphenator: Sendable {
    private let givenLexicon: Lexicon?
    /// The word list: the one given, or ``Lexicon/shared``, loaded only when a hyphen needs it.
    public var lexicon: Lexicon { givenLexicon ?? Lexicon.shared }
    /// Lower-cased words seen in the document, used as extra lexicon.
    public var documentWords: DocumentWords

    /// `lexicon` nil means ``Lexicon/shared`` (loaded lazily, once per process).
    public init(lexicon: Lexicon? = nil, documentWords: DocumentWords = []) {
        self.givenLexicon = lexicon
        self.documentWords = documentWords
    }

    private static let elisionWords: Set<String> = ["en", "of", "tot", "noch", "als", "en/of"]
    private static let keepPrefixes: Set<String> = ["ex", "oud", "niet", "non", "sint"]
    private static let vowels = Set("aeiouyAEIOUYáéíóúàèëïöüâêîôû")

    /// The decision for a line ending in `left` + hyphen with the next line starting with `right`.
    /// `left` and `right` are single words (punctuation around them is ignored).
    public func decide(left: String, right: String, softHyphen: Bool = false) -> HyphenDecision {
        if softHyphen { return .join }
        let l = Self.trimPunctuation(left), r = Self.trimPunctuation(right)
        guard let rFirst = r.first, let lLast = l.last else { return .keepHyphen }
        if Self.elisionWords.contains(r.lowercased()) { return .keepHyphenAndSpace }
        if rFirst.isUppercase || rFirst.isNumber || lLast.isNumber { return .keepHyphen }
        if l.count == 1 { return .keepHyphen }
        if l.count >= 2, l.allSatisfy({ $0.isUppercase || $0.isNumber }) { return .keepHyphen }
        let hyphenated = (l + "-" + r).lowercased()
        let joined = (l + r).lowercased()
        let joinedKnown = isWord(joined)
        if isWord(hyphenated) && !joinedKnown { return .keepHyphen }
        if joinedKnown { return .join }
        if let trema = Self.withTrema(r), isWord((l + trema).lowercased()) { return .join }
        if Self.keepPrefixes.contains(l.lowercased()) { return .keepHyphen }
        if let a = l.last, let b = r.first, Self.vowels.contains(a), Self.vowels.contains(b),
           l.count >= 4, r.count >= 4, isWord(l.lowercased()), isWord(r.lowercased()) {
            return .keepHyphen
        }
        return .join
    }

    /// The joined form for a `.join` decision, with the trema put back when that is the known word
    /// (`co-` / `ordinator` → `coördinator`).
    public func joined(left: String, right: String) -> String {
        let l = Self.trimPunctuation(left), r = Self.trimPunctuation(right)
        if !isWord((l + r).lowercased()), let trema = Self.withTrema(r), isWord((l + trema).lowercased()),
           let range = right.range(of: r) {
            return left + right.replacingCharacters(in: range, with: trema)
        }
        return left + right
    }

    func isWord(_ w: String) -> Bool {
        documentWords.contains(w) || lexicon.contains(w)
    }

    /// Joins line-break hyphens across the given lines. A line ending in `word-` (or a soft hyphen)
    /// followed by a line starting with a word is decided by ``decide(left:right:softHyphen:)``; the
    /// continuation word moves up to the first line so lines stay whole.
    public func apply(lines: [String]) -> [String] {
        var lines = lines
        var i = 0
        while i < lines.count {
            guard Self.mayEndInHyphen(lines[i]) else { i += 1; continue }
            var line = lines[i]
            while line.last == " " { line.removeLast() }
            guard let last = line.last, last == "-" || last == "\u{AD}" else { i += 1; continue }
            let soft = last == "\u{AD}"
            var j = i + 1
            while j < lines.count, lines[j].allSatisfy({ $0 == " " }) { j += 1 }
            let body = String(line.dropLast())
            // The text after the last space (what splitting at spaces gives when the body ends in a word).
            let leftWord = body.lastIndex(of: " ").map { String(body[body.index(after: $0)...]) } ?? body
            guard j < lines.count, j - i <= 2, body.last != " ", let lf = leftWord.last, lf.isLetter || lf.isNumber else {
                if soft { lines[i] = body }
                i += 1; continue
            }
            let next = lines[j].drop(while: { $0 == " " })
            let rightWord = String(next.prefix(while: { $0 != " " }))
            guard let rf = rightWord.first, rf.isLetter || rf.isNumber else {
                if soft { lines[i] = body }
                i += 1; continue
            }
            let rest = next.dropFirst(rightWord.count).drop(while: { $0 == " " })
            switch decide(left: leftWord, right: rightWord, softHyphen: soft) {
            case .join:
                let prefix = body.dropLast(leftWord.count)
                lines[i] = String(prefix) + joined(left: leftWord, right: rightWord)
                lines[j] = String(rest)
            case .keepHyphen:
                lines[i] = body + "-" + rightWord
                lines[j] = String(rest)
            case .keepHyphenAndSpace:
                lines[i] = body + "-"
            }
            i += 1
        }
        return lines
    }

    /// Joins hyphens that stood at a line end before the text was flattened onto one line
    /// (`het declaratiesys- teem`): `word- word` inside a line becomes one word when the joined word is
    /// known and the rules would join it at a line end. Elisions (`land- en tuinbouw`) and unknown
    /// words stay as they are.
    public func joinFlattened(_ line: String) -> String {
        guard FastText.hasHyphenBeforeSpace(line) else { return line }
        guard FastText.asciiStandsAlone(line.utf8) else { return joinFlattenedOnCharacters(line) }
        var line = line
        return line.withUTF8 { joinFlattenedOnBytes($0) } ?? line
    }

    /// ``joinFlattened(_:)`` on the words of a line split at space Characters.
    func joinFlattenedOnCharacters(_ line: String) -> String {
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var k = 0
        while k + 1 < words.count {
            guard let joined = flattenedJoin(left: words[k], right: words[k + 1]) else { k += 1; continue }
            words[k] = joined
            words.remove(at: k + 1)
        }
        return words.joined(separator: " ")
    }

    /// ``joinFlattened(_:)`` for a line whose ASCII bytes are Characters of their own: each `- ` is
    /// found on bytes, and only a pair of words that may join becomes Strings. Nil when nothing joined.
    ///
    /// A joined pair never ends in `-`, so it is never the left word of the next pair: pairs are
    /// decided one by one, as the word loop of ``joinFlattenedOnCharacters(_:)`` does.
    private func joinFlattenedOnBytes(_ buf: UnsafeBufferPointer<UInt8>) -> String? {
        let space = UInt8(ascii: " "), hyphen = UInt8(ascii: "-")
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        while i + 1 < buf.count {
            guard buf[i] == hyphen, buf[i + 1] == space else { i += 1; continue }
            var leftStart = i
            while leftStart > 0, buf[leftStart - 1] != space { leftStart -= 1 }
            let rightStart = i + 2
            var rightEnd = rightStart
            while rightEnd < buf.count, buf[rightEnd] != space { rightEnd += 1 }
            guard Self.mayJoinFlattened(buf, leftStart: leftStart, hyphen: i, rightEnd: rightEnd),
                  let joined = flattenedJoin(left: Self.string(buf, leftStart, i + 1),
                                             right: Self.string(buf, rightStart, rightEnd)) else { i += 1; continue }
            if out.isEmpty { out.reserveCapacity(buf.count) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied..<leftStart]))
            out.append(contentsOf: joined.utf8)
            copied = rightEnd
            i = rightEnd
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied...]))
        return String(decoding: out, as: UTF8.self)
    }

    /// False when the words `left` (ending in the hyphen at `hyphen`) and `right` (from `hyphen + 2` to
    /// `rightEnd`) surely fail the first tests of ``flattenedJoin(left:right:)``: `left` has fewer than
    /// 3 bytes, or an ASCII byte that is no letter before the hyphen, or `right` is empty, starts with
    /// an ASCII byte that is no lower-case letter, or ends in `-`. Non-ASCII bytes are left undecided.
    private static func mayJoinFlattened(_ buf: UnsafeBufferPointer<UInt8>, leftStart: Int, hyphen: Int,
                                         rightEnd: Int) -> Bool {
        guard hyphen + 1 - leftStart >= 3, rightEnd > hyphen + 2, buf[rightEnd - 1] != UInt8(ascii: "-") else { return false }
        let l = buf[hyphen - 1], r = buf[hyphen + 2]
        return (l >= 0x80 || (l | 0x20) &- 0x61 < 26) && (r >= 0x80 || r &- 0x61 < 26)
    }

    private static func string(_ buf: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buf[from..<to]), as: UTF8.self)
    }

    /// The word that a flattened `left` (ending in `-`) and the `right` after it join to, or nil when
    /// they stay apart: not in a list of elisions (`jeugd- zorg- en onderwijsinstellingen`), the joined
    /// word known and the rules would join it at a line end.
    func flattenedJoin(left: String, right: String) -> String? {
        guard left.count >= 3, left.hasSuffix("-"), let r = right.first, r.isLetter, r.isLowercase,
              let l = left.dropLast().last, l.isLetter, !right.hasSuffix("-") else { return nil }
        let body = String(left.dropLast())
        let l0 = Self.trimPunctuation(body), r0 = Self.trimPunctuation(right)
        let known = isWord((l0 + r0).lowercased())
            || Self.withTrema(r0).map { isWord((l0 + $0).lowercased()) } == true
        guard known, decide(left: body, right: right) == .join else { return nil }
        return joined(left: body, right: right)
    }

    /// False when `line` surely does not end in a hyphen or soft hyphen before trailing spaces: its last
    /// byte that is no space is neither `-` nor the end of U+00AD (a cheap test before Characters).
    static func mayEndInHyphen(_ line: String) -> Bool {
        let u = line.utf8
        var i = u.endIndex
        while i > u.startIndex {
            i = u.index(before: i)
            switch u[i] {
            case UInt8(ascii: " "): continue
            case UInt8(ascii: "-"): return true
            case 0xAD: return i > u.startIndex && u[u.index(before: i)] == 0xC2
            default: return false
            }
        }
        return false
    }

    static func trimPunctuation(_ s: String) -> String {
        var t = Substring(s)
        while let f = t.first, !(f.isLetter || f.isNumber) { t = t.dropFirst() }
        while let l = t.last, !(l.isLetter || l.isNumber) { t = t.dropLast() }
        return String(t)
    }

    /// The word with a trema on its first vowel (`ine` → `ïne`), or nil.
    static func withTrema(_ s: String) -> String? {
        guard let f = s.first else { return nil }
        let map: [Character: Character] = ["a": "ä", "e": "ë", "i": "ï", "o": "ö", "u": "ü"]
        guard let t = map[f] else { return nil }
        return String(t) + s.dropFirst()
    }
}

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

    /// The document's words when collected on demand (then ``documentWords`` is empty): asked only
    /// about words the lexicon does not know.
    private let documentWordsOnDemand: DocumentWordsOnDemand?

    /// `lexicon` nil means ``Lexicon/shared`` (loaded lazily, once per process).
    public init(lexicon: Lexicon? = nil, documentWords: DocumentWords = []) {
        self.givenLexicon = lexicon
        self.documentWords = documentWords
        self.documentWordsOnDemand = nil
    }

    /// A dehyphenator whose extra lexicon is the document's words, collected only if a word the
    /// lexicon does not know is asked about.
    public init(lexicon: Lexicon? = nil, documentWords: DocumentWordsOnDemand) {
        self.givenLexicon = lexicon
        self.documentWords = []
        self.documentWordsOnDemand = documentWords
    }

    private static let elisionWords: Set<String> = ["en", "of", "tot", "noch", "als", "en/of"]
    private static let keepPrefixes: Set<String> = ["ex", "oud", "niet", "non", "sint"]
    private static let vowels = Set("aeiouyAEIOUYáéíóúàèëïöüâêîôû")

    /// The decision for a line ending in `left` + hyphen with the next line starting with `right`.
    /// `left` and `right` are single words (punctuation around them is ignored).
    public func decide(left: String, right: String, softHyphen: Bool = false) -> HyphenDecision {
        if softHyphen { return .join }
        var left = left, right = right
        let ascii = left.withUTF8 { l in right.withUTF8 { r in
            Self.isPlainASCII(l) && Self.isPlainASCII(r) ? decideOnASCII(left: l, right: r).decision : nil
        } }
        return ascii ?? decideOnCharacters(left: left, right: right)
    }

    /// ``decide(left:right:softHyphen:)`` on Characters, for words with a byte beyond ASCII or a CR.
    func decideOnCharacters(left: String, right: String) -> HyphenDecision {
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
        if let onDemand = documentWordsOnDemand { return lexicon.contains(w) || onDemand.contains(w) }
        return documentWords.contains(w) || lexicon.contains(w)
    }

    /// Joins line-break hyphens across the given lines. A line ending in `word-` (or a soft hyphen)
    /// followed by a line starting with a word is decided by ``decide(left:right:softHyphen:)``; the
    /// continuation word moves up to the first line so lines stay whole.
    public func apply(lines: [String]) -> [String] {
        var lines = lines
        var i = 0
        while i < lines.count {
            guard Self.mayEndInHyphen(lines[i]) else { i += 1; continue }
            if applyOnBytes(&lines, at: i) { i += 1; continue }
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
            switch decideOnCharacters(left: leftWord, right: rightWord, softHyphen: soft) {
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

    /// ``decide(left:right:softHyphen:)`` on Characters (the soft hyphen decided first).
    private func decideOnCharacters(left: String, right: String, softHyphen: Bool) -> HyphenDecision {
        softHyphen ? .join : decideOnCharacters(left: left, right: right)
    }

    // MARK: Words of ASCII bytes

    /// Whether every byte is ASCII and none is CR: then every byte is a Character of its own, and
    /// letter, digit and case tests on bytes answer as on Characters.
    static func isPlainASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c >= 0x80 || c == 0x0D { return false }
        return true
    }

    @inline(__always) private static func isAlnum(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 }
    @inline(__always) private static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// The second UTF-8 byte of `ä ë ï ö ü` (all `C3 xx`) for the ASCII vowel `a e i o u`, else nil.
    @inline(__always) private static func tremaByte(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "a"): 0xA4
        case UInt8(ascii: "e"): 0xAB
        case UInt8(ascii: "i"): 0xAF
        case UInt8(ascii: "o"): 0xB6
        case UInt8(ascii: "u"): 0xBC
        default: nil
        }
    }

    private static let elisionBytes = elisionWords.map { Array($0.utf8) }
    private static let keepPrefixBytes = keepPrefixes.map { Array($0.utf8) }

    /// The range of `w` that ``trimPunctuation(_:)`` keeps: from the first to the last letter or digit.
    private static func trimmedRange(_ w: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lo = 0, hi = w.count
        while lo < hi, !isAlnum(w[lo]) { lo += 1 }
        while hi > lo, !isAlnum(w[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// Whether the lower-cased bytes of `w` are one of `list`.
    private static func lowerEquals(_ w: UnsafeBufferPointer<UInt8>, oneOf list: [[UInt8]]) -> Bool {
        list.contains { e in e.count == w.count && e.indices.allSatisfy { lower(w[$0]) == e[$0] } }
    }

    /// ``isWord(_:)`` of lower-cased Latin bytes.
    private func isWord(lowerLatin w: UnsafeBufferPointer<UInt8>) -> Bool {
        if let onDemand = documentWordsOnDemand { return lexicon.contains(lowerLatin: w) || onDemand.contains(latin: w) }
        return documentWords.contains(latin: w) || lexicon.contains(lowerLatin: w)
    }

    /// ``isWord(_:)`` of the lower-cased bytes of `a`, then `middle` (up to two bytes, as they are),
    /// then the lower-cased bytes of `c`.
    private func isWordLowered(_ a: UnsafeBufferPointer<UInt8>, _ middle: (count: Int, first: UInt8, second: UInt8) = (0, 0, 0),
                               _ c: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)) -> Bool {
        let count = a.count + middle.count + c.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { buf in
            var k = 0
            for b in a { buf[k] = Self.lower(b); k += 1 }
            if middle.count > 0 { buf[k] = middle.first; k += 1 }
            if middle.count > 1 { buf[k] = middle.second; k += 1 }
            for b in c { buf[k] = Self.lower(b); k += 1 }
            return isWord(lowerLatin: UnsafeBufferPointer(rebasing: buf[..<count]))
        }
    }

    /// ``decide(left:right:softHyphen:)`` (no soft hyphen) for words of ASCII bytes without CR
    /// (``isPlainASCII(_:)``), on bytes; with it, whether ``joined(left:right:)`` puts a trema on the
    /// right word (only for `.join`). Each word is looked up at most once.
    func decideOnASCII(left: UnsafeBufferPointer<UInt8>, right: UnsafeBufferPointer<UInt8>)
        -> (decision: HyphenDecision, trema: Bool) {
        let lr = Self.trimmedRange(left), rr = Self.trimmedRange(right)
        guard !lr.isEmpty, !rr.isEmpty else { return (.keepHyphen, false) }
        let l = UnsafeBufferPointer(rebasing: left[lr]), r = UnsafeBufferPointer(rebasing: right[rr])
        if Self.lowerEquals(r, oneOf: Self.elisionBytes) { return (.keepHyphenAndSpace, false) }
        if Self.isUpper(r[0]) || Self.isDigit(r[0]) || Self.isDigit(l[l.count - 1]) { return (.keepHyphen, false) }
        if l.count == 1 { return (.keepHyphen, false) }
        if l.allSatisfy({ Self.isUpper($0) || Self.isDigit($0) }) { return (.keepHyphen, false) }
        // Known joined: join (whether or not the hyphenated form is known).
        if isWordLowered(l, (0, 0, 0), r) { return (.join, false) }
        if isWordLowered(l, (1, UInt8(ascii: "-"), 0), r) { return (.keepHyphen, false) }
        // `r` starts with a lower-case letter here.
        if let t = Self.tremaByte(r[0]), isWordLowered(l, (2, 0xC3, t), UnsafeBufferPointer(rebasing: r.dropFirst())) {
            return (.join, true)
        }
        if Self.lowerEquals(l, oneOf: Self.keepPrefixBytes) { return (.keepHyphen, false) }
        if Self.isASCIIVowel(l[l.count - 1]), Self.isASCIIVowel(r[0]), l.count >= 4, r.count >= 4,
           isWordLowered(l), isWordLowered(r) {
            return (.keepHyphen, false)
        }
        return (.join, false)
    }

    /// ``joined(left:right:)`` for words of ASCII bytes without CR: whether it puts a trema on the
    /// right word (the joined word unknown, the one with the trema known).
    func joinsWithTremaOnASCII(left: UnsafeBufferPointer<UInt8>, right: UnsafeBufferPointer<UInt8>) -> Bool {
        let lr = Self.trimmedRange(left), rr = Self.trimmedRange(right)
        let l = UnsafeBufferPointer(rebasing: left[lr]), r = UnsafeBufferPointer(rebasing: right[rr])
        guard !r.isEmpty, let t = Self.tremaByte(r[0]), !isWordLowered(l, (0, 0, 0), r) else { return false }
        return isWordLowered(l, (2, 0xC3, t), UnsafeBufferPointer(rebasing: r.dropFirst()))
    }

    @inline(__always) private static func isASCIIVowel(_ b: UInt8) -> Bool {
        switch b | 0x20 {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): true
        default: false
        }
    }

    /// One step of ``apply(lines:)`` for line `i` (which ``mayEndInHyphen(_:)``), on bytes, when its
    /// ASCII bytes and those of the line the continuation comes from are Characters of their own
    /// (``FastText/asciiStandsAlone(_:)``): spaces, `-` and the soft hyphen are then found on bytes,
    /// and words of plain ASCII are decided by ``decideOnASCII(left:right:)``. False, having changed
    /// nothing, for other lines.
    private func applyOnBytes(_ lines: inout [String], at i: Int) -> Bool {
        var line = lines[i]
        // Where the line's words lie: body (the line without trailing spaces and its final hyphen),
        // the left word (after the body's last space), whether the hyphen is soft.
        let site: (bodyEnd: Int, leftStart: Int, soft: Bool)? = line.withUTF8 { b in
            guard FastText.asciiStandsAlone(b) else { return nil }
            var end = b.count
            while end > 0, b[end - 1] == 0x20 { end -= 1 }
            // `mayEndInHyphen`: the last byte that is no space is `-` or ends U+00AD.
            let soft = b[end - 1] == 0xAD
            let bodyEnd = end - (soft ? 2 : 1)
            var leftStart = bodyEnd
            while leftStart > 0, b[leftStart - 1] != 0x20 { leftStart -= 1 }
            return (bodyEnd, leftStart, soft)
        }
        guard let site else { return false }
        var j = i + 1
        while j < lines.count, lines[j].utf8.allSatisfy({ $0 == 0x20 }) { j += 1 }
        func body() -> String { line.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[..<site.bodyEnd]), as: UTF8.self) } }
        // The left word is empty when the body is empty or ends in a space.
        let leftOK: Bool = site.leftStart < site.bodyEnd && line.withUTF8 { b in
            let last = b[site.bodyEnd - 1]
            if last < 0x80 { return Self.isAlnum(last) }
            let word = String(decoding: UnsafeBufferPointer(rebasing: b[site.leftStart..<site.bodyEnd]), as: UTF8.self)
            return word.last!.isLetter || word.last!.isNumber
        }
        guard j < lines.count, j - i <= 2, leftOK else {
            if site.soft { lines[i] = body() }
            return true
        }
        var next = lines[j]
        // The right word and the rest of the next line after it, or nil when the next line does not
        // stand alone; an empty right word when it does not start with a letter or digit.
        let right: (start: Int, end: Int, rest: Int, ok: Bool)? = next.withUTF8 { b in
            guard FastText.asciiStandsAlone(b) else { return nil }
            var start = 0
            while start < b.count, b[start] == 0x20 { start += 1 }
            var end = start
            while end < b.count, b[end] != 0x20 { end += 1 }
            var rest = end
            while rest < b.count, b[rest] == 0x20 { rest += 1 }
            guard start < end else { return (start, end, rest, false) }
            let first = b[start]
            if first < 0x80 { return (start, end, rest, Self.isAlnum(first)) }
            let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
            return (start, end, rest, word.first!.isLetter || word.first!.isNumber)
        }
        guard let right else { return false }
        guard right.ok else {
            if site.soft { lines[i] = body() }
            return true
        }
        let (newLine, newNext): (String, String?) = line.withUTF8 { lb in
            next.withUTF8 { nb in
                let left = UnsafeBufferPointer(rebasing: lb[site.leftStart..<site.bodyEnd])
                let rightWord = UnsafeBufferPointer(rebasing: nb[right.start..<right.end])
                let rest = String(decoding: UnsafeBufferPointer(rebasing: nb[right.rest...]), as: UTF8.self)
                let bodyBytes = UnsafeBufferPointer(rebasing: lb[..<site.bodyEnd])
                func string(_ parts: UnsafeBufferPointer<UInt8>...) -> String {
                    var out: [UInt8] = []
                    out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
                    for p in parts { out.append(contentsOf: p) }
                    return String(decoding: out, as: UTF8.self)
                }
                let dash: StaticString = "-"
                let hyphen = UnsafeBufferPointer(start: dash.utf8Start, count: dash.utf8CodeUnitCount)
                guard Self.isPlainASCII(left), Self.isPlainASCII(rightWord) else {
                    let l = String(decoding: left, as: UTF8.self), r = String(decoding: rightWord, as: UTF8.self)
                    switch decideOnCharacters(left: l, right: r, softHyphen: site.soft) {
                    case .join:
                        let prefix = String(decoding: UnsafeBufferPointer(rebasing: lb[..<site.leftStart]), as: UTF8.self)
                        return (prefix + joined(left: l, right: r), rest)
                    case .keepHyphen:
                        return (string(bodyBytes, hyphen, rightWord), rest)
                    case .keepHyphenAndSpace:
                        return (string(bodyBytes, hyphen), nil)
                    }
                }
                let (decision, trema): (HyphenDecision, Bool) = site.soft
                    ? (.join, joinsWithTremaOnASCII(left: left, right: rightWord))
                    : decideOnASCII(left: left, right: rightWord)
                switch decision {
                case .join:
                    guard trema else { return (string(bodyBytes, rightWord), rest) }
                    // The right word's first letter (a vowel, after any punctuation) gets its trema.
                    let rr = Self.trimmedRange(rightWord)
                    let vowel = right.start + rr.lowerBound
                    let trema: [UInt8] = [0xC3, Self.tremaByte(nb[vowel])!]
                    return trema.withUnsafeBufferPointer {
                        (string(bodyBytes, UnsafeBufferPointer(rebasing: nb[right.start..<vowel]), $0,
                                UnsafeBufferPointer(rebasing: nb[vowel + 1..<right.end])), rest)
                    }
                case .keepHyphen:
                    return (string(bodyBytes, hyphen, rightWord), rest)
                case .keepHyphenAndSpace:
                    return (string(bodyBytes, hyphen), nil)
                }
            }
        }
        lines[i] = newLine
        if let newNext { lines[j] = newNext }
        return true
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

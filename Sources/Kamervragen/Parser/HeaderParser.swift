import DutchText
import Foundation

/// Reads the metadata of a Kamervragen header: askers and parties, addressees, subject, dates, and
/// the answering officials (from the `Antwoord van …` / `Mededeling van …` clauses).
struct HeaderParser {
    struct Result {
        var title: String?
        var askers: [Person] = []
        var addressees: [String] = []
        var answerers: [Official] = []
        var submitted: String?
        var received: String?
        var hasAskerClause = false
    }

    /// `header`: the text before the first question; `clauses`: answer and notice clauses.
    static func parse(header: String, clauses: [String]) -> Result {
        var r = Result()
        let h = normalise(header)
        let cs = clauses.map { undoubled(normalise($0)) }
        // The question clause ends where an answer clause starts inside the header.
        let answerStart = firstRange(in: h, of: ["Antwoord van", "ANTWOORD van", "antwoord van", "Mededeling van", "MEDEDELING van"])
        let questionPart = answerStart.map { String(h[..<$0.lowerBound]) } ?? h
        let answerPart = answerStart.map { String(h[$0.lowerBound...]) }

        if let r1 = firstRange(in: questionPart, of: ["ingezonden", "Ingezonden", "INGEZONDEN"]) {
            r.submitted = DutchDate.first(in: questionPart[r1.upperBound...])
        }
        var answerTexts = cs
        if let a = answerPart { answerTexts.insert(a, at: 0) }
        for t in answerTexts {
            if let k = firstRange(in: t, of: ["ontvangen", "Ontvangen", "ONTVANGEN"]), let d = DutchDate.first(in: t[k.upperBound...]) {
                r.received = d; break
            }
        }
        if r.received == nil {
            for t in answerTexts {
                if let k = firstRange(in: t, of: ["ingezonden", "Ingezonden"]), let d = DutchDate.first(in: t[k.upperBound...]) {
                    r.received = d; break
                }
            }
        }
        if r.received == nil, let k = firstRange(in: questionPart, of: ["ontvangen", "Ontvangen"]) {
            r.received = DutchDate.first(in: questionPart[k.upperBound...])
        }
        parseQuestionClause(questionPart, into: &r)
        for t in answerTexts {
            r.answerers.append(contentsOf: parseAnswerers(t))
        }
        // "… en antwoord van Staatssecretaris …" inside the question clause.
        if let k = firstRange(in: questionPart, of: [" en antwoord van "]) {
            r.answerers.append(contentsOf: parseAnswerers("Antwoord van " + questionPart[k.upperBound...]))
        }
        var seen = Set<Official>()
        r.answerers = r.answerers.filter { seen.insert($0).inserted }
        return r
    }

    /// `Antwoord Antwooid van …` (the column title before the clause, the clause's own keyword misread
    /// by OCR, which ``Segmenter`` accepts) read as `Antwoord van …`.
    static func undoubled(_ clause: String) -> String {
        guard clause.hasPrefix("Antwoord "), answererIntroEnd(clause) == nil,
              Segmenter(text: clause).isMisread("Antwoord", at: 9) else { return clause }
        let words = clause.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard words.count == 3, words[2].hasPrefix("van ") else { return clause }
        return "Antwoord " + words[2]
    }

    static func normalise(_ s: String) -> String {
        let s = joinHyphenatedKeywords(s)
        if FastText.asciiStandsAlone(s.utf8) {
            // The same on bytes: braces to parentheses, line breaks to spaces, runs of spaces to one.
            var s = s
            return s.withUTF8 { bytes in
                String(unsafeUninitializedCapacity: bytes.count) { out in
                    var n = 0
                    for b in bytes {
                        let c: UInt8 = b == 0x7D ? 0x29 : b == 0x7B ? 0x28 : b == 0x0A ? 0x20 : b
                        if c == 0x20, n > 0, out[n - 1] == 0x20 { continue }
                        out[n] = c
                        n += 1
                    }
                    return n
                }
            }
        }
        var t = s.replacingOccurrences(of: "}", with: ")").replacingOccurrences(of: "{", with: "(")
        t = t.replacingOccurrences(of: "\n", with: " ")
        while t.contains("  ") { t = t.replacingOccurrences(of: "  ", with: " ") }
        return t
    }

    /// The header's own keywords as OCR leaves them, hyphenated where a line once broke
    /// (`Inge-zonden`, `Ont-vangen`, `betref-fende`): joined, so that dates and subjects are found.
    private static let hyphenatedKeyword = try! NSRegularExpression(
        pattern: #"\b([Ii]n-?ge-?zon-?den|INGEZONDEN|[Oo]nt-?van-?gen|[Bb]e-?tref-?fen-?de)\b"#)

    static func joinHyphenatedKeywords(_ s: String) -> String {
        guard FastText.containsByte(s, UInt8(ascii: "-")) else { return s }
        var s = s
        switch s.withUTF8({ HyphenatedKeywords.joined($0) }) {
        case .unchanged: return s
        case .joined(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .declined: return regexJoinHyphenatedKeywords(s)
        }
    }

    /// ``joinHyphenatedKeywords(_:)`` by the regular expression (the fallback, and the reference the
    /// byte matcher is tested against).
    static func regexJoinHyphenatedKeywords(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "-")) else { return s }
        let ns = s as NSString
        var out = s
        for m in hyphenatedKeyword.matches(in: s, range: NSRange(location: 0, length: ns.length)).reversed() {
            let word = ns.substring(with: m.range)
            guard word.contains("-"), let r = Range(m.range, in: out) else { continue }
            out.replaceSubrange(r, with: word.replacingOccurrences(of: "-", with: ""))
        }
        return out
    }

    static func firstRange(in s: String, of needles: [String]) -> Range<String.Index>? {
        if let r = s.utf8.withContiguousStorageIfAvailable({ asciiFirstRange(in: s, bytes: $0, of: needles) }), let r {
            return r
        }
        return foundationFirstRange(in: s, of: needles)
    }

    /// ``firstRange(in:of:)`` by Foundation's search (also the reference the byte search is tested against).
    static func foundationFirstRange(in s: String, of needles: [String]) -> Range<String.Index>? {
        let bytes = Array(s.utf8)
        return needles.compactMap { mayFind($0, in: bytes) ? s.range(of: $0) : nil }.min { $0.lowerBound < $1.lowerBound }
    }

    /// ``firstRange(in:of:)`` on the bytes of `s`, or nil (declined) where Foundation might answer
    /// otherwise. An ASCII needle without `K`, `;` and `` ` `` has no other canonically equivalent
    /// spelling, so Foundation finds it only where its bytes are, and there exactly when the match ends
    /// a composed character sequence: declined when a byte beyond ASCII follows a match, or `s` holds a
    /// CR (CR LF).
    private static func asciiFirstRange(in s: String, bytes: UnsafeBufferPointer<UInt8>,
                                        of needles: [String]) -> Range<String.Index>?? {
        guard !bytes.contains(0x0D),
              needles.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 } })
        else { return nil }
        var best: (offset: Int, count: Int)? = nil
        for n in needles {
            let c = n.utf8.count
            guard let o = FastText.firstOffset(of: Array(n.utf8), in: bytes) else { continue }
            if o + c < bytes.count, bytes[o + c] >= 0x80 { return nil }
            if best == nil || o < best!.offset { best = (o, c) }
        }
        guard let best else { return .some(nil) }
        let lo = s.utf8.index(s.startIndex, offsetBy: best.offset)
        return .some(lo..<s.utf8.index(lo, offsetBy: best.count))
    }

    /// False when Foundation's search surely finds nothing: an ASCII needle whose bytes `haystack` lacks
    /// (only `K`, `;` and `` ` `` have other canonically equivalent spellings; those needles are searched).
    static func mayFind(_ needle: String, in haystack: [UInt8]) -> Bool {
        let n = Array(needle.utf8)
        guard n.allSatisfy({ $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 }) else { return true }
        return FastText.contains(haystack, n)
    }

    // MARK: - Askers, addressees, title

    private static let askerIntros = ["vragen van ", "vraag van "]
    private static let honorifics = ["het lid ", "de leden ", "de heer ", "den heer ", "de heren ", "mevrouw ",
                                     "mejuffrouw ", "de heeren ", "de dames ", "mevrouwen ",
                                     "de dames ", "het Kamerlid ", "de Kamerleden ", "het kamerlid ", "lid ", "leden "]
    private static let terminators = [" aan de ", " aan den ", " aan het ", " aan mevrouw ", " aan minister", " aan\n",
                                      " over ", " inzake ", ", met betrekking tot ", " met betrekking tot ",
                                      " betreffende ", " naar aanleiding ", " (ingezonden", " (Ingezonden", ", naar ", ". (", ".) ",
                                      " in verband met ", ", in verband met ", " in zake ", ", in zake ", " omtrent ",
                                      " nopens ", " ten aanzien van "]

    static func parseQuestionClause(_ text: String, into r: inout Result) {
        guard let introEnd = askerIntroEnd(text) else {
            titleAndAddressees(text, from: text.startIndex, into: &r)
            return
        }
        r.hasAskerClause = true
        var rest = text[introEnd...]
        for h in honorifics where rest.hasPrefix(h) { rest = rest.dropFirst(h.count); break }
        let end = askerListEnd(rest)
        r.askers = parseAskers(String(rest[..<end]))
        titleAndAddressees(text, from: end, into: &r)
    }

    /// Where the earliest `vragen van ` or `vraag van ` (any case) ends in `text`.
    static func askerIntroEnd(_ text: String) -> String.Index? {
        switch LowercasedSearch.end(in: text, of: askerIntroBytes) {
        case .absent: return nil
        case .end(let e): return e
        case .declined: return slowAskerIntroEnd(text)
        }
    }

    /// ``askerIntroEnd(_:)`` by Foundation's search of the lower-cased text (the fallback, and the
    /// reference the byte search is tested against).
    static func slowAskerIntroEnd(_ text: String) -> String.Index? {
        let lower = text.lowercased()
        let lowerBytes = Array(lower.utf8)
        guard let intro = askerIntros.compactMap({ mayFind($0, in: lowerBytes) ? lower.range(of: $0) : nil }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        let startOffset = lower.distance(from: lower.startIndex, to: intro.upperBound)
        return text.index(text.startIndex, offsetBy: startOffset, limitedBy: text.endIndex) ?? text.endIndex
    }

    private static let askerIntroBytes = askerIntros.map { Array($0.utf8) }
    private static let terminatorBytes = terminators.map { Array($0.utf8) }
    private static let submittedBytes = [Array("(ingezonden".utf8), Array("(Ingezonden".utf8)]

    /// Where the asker list at the start of `rest` ends: the first terminator outside parentheses.
    static func askerListEnd(_ rest: Substring) -> String.Index {
        let byBytes = rest.utf8.withContiguousStorageIfAvailable { b -> Int? in
            guard FastText.asciiStandsAlone(b) else { return nil }
            // Every ASCII byte is a Character of its own, and no other Character equals `(`, `)`, a
            // terminator's first byte, or starts a terminator (none holds `K`, `;` or `` ` ``).
            var depth = 0, i = 0
            while i < b.count {
                let c = b[i]
                if c == 0x28 {
                    if depth == 0, submittedBytes.contains(where: { FastText.bytes(b, at: i, are: $0) }) { return i }
                    depth += 1
                } else if c == 0x29 { depth = max(0, depth - 1) }
                else if depth == 0, c == 0x20 || c == 0x2C || c == 0x2E,
                        terminatorBytes.contains(where: { FastText.bytes(b, at: i, are: $0) }) { return i }
                i += 1
            }
            return b.count
        }
        if let offset = byBytes ?? nil { return rest.utf8.index(rest.startIndex, offsetBy: offset) }
        return slowAskerListEnd(rest)
    }

    /// ``askerListEnd(_:)`` on Characters (the fallback, and the reference the byte loop is tested against).
    static func slowAskerListEnd(_ rest: Substring) -> String.Index {
        var depth = 0, end = rest.endIndex
        var i = rest.startIndex
        while i < rest.endIndex {
            let c = rest[i]
            if c == "(" {
                if depth == 0, rest[i...].hasPrefix("(ingezonden") || rest[i...].hasPrefix("(Ingezonden") { end = i; break }
                depth += 1
            } else if c == ")" { depth = max(0, depth - 1) }
            // Every terminator starts with a space, comma or full stop.
            else if depth == 0, c == " " || c == "," || c == ".", let _ = terminators.first(where: { rest[i...].hasPrefix($0) }) { end = i; break }
            i = rest.index(after: i)
        }
        return end
    }

    private static func titleAndAddressees(_ text: String, from: String.Index, into r: inout Result) {
        let tail = String(text[from...])
        let stop = firstRange(in: tail, of: ["(ingezonden", "(Ingezonden", "(INGEZONDEN"])?.lowerBound ?? tail.endIndex
        var clause = String(tail[..<stop])
        // Subject: after "over", "inzake", "met betrekking tot", "betreffende" (also glued: `Sportover`).
        var subjectRange = firstRange(in: clause, of: [" over ", " inzake ", " met betrekking tot ", " betreffende ",
                                                       " in verband met ", " in zake ", " omtrent ", " nopens ",
                                                       " naar aanleiding van ", " ten aanzien van "])
        if subjectRange == nil, mayFind("over ", in: Array(clause.utf8)),
           let g = clause.range(of: #"\p{Lu}\p{Ll}+over "#, options: .regularExpression),
           let o = clause.range(of: "over ", range: g) {
            subjectRange = clause.index(before: o.lowerBound)..<o.upperBound
            clause.insert(" ", at: o.lowerBound)
            subjectRange = firstRange(in: clause, of: [" over "])
        }
        if let s = subjectRange {
            var title = ASCIITrim.whitespaces(clause[s.upperBound...])
            while let l = title.last, l == "." || l == "," || l == " " { title.removeLast() }
            if !title.isEmpty { r.title = title }
            let before = String(clause[..<s.lowerBound])
            if let a = before.range(of: " aan ") ?? (before.hasPrefix("aan ") ? before.range(of: "aan ") : nil) {
                r.addressees = splitAddressees(String(before[a.upperBound...]))
            }
        } else if let a = clause.range(of: " aan ") {
            r.addressees = splitAddressees(ASCIITrim.spaceCommaStop(clause[a.upperBound...]))
        }
    }

    static func splitAddressees(_ s: String) -> [String] {
        var parts: [String] = []
        let cleaned = s.replacingOccurrences(of: ", de ", with: " en de ")
        for piece in cleaned.components(separatedBy: " en de ") {
            var p = ASCIITrim.spaceCommaStop(piece)
            for art in ["de ", "den ", "het "] where p.hasPrefix(art) { p = String(p.dropFirst(art.count)) }
            guard !p.isEmpty else { continue }
            // "Ministers van A en van B" / "… en voor B".
            let words = p.split(separator: " ", maxSplits: 1)
            let role = String(words.first ?? "")
            let plural = ["Ministers": "Minister", "Staatssecretarissen": "Staatssecretaris", "ministers": "minister"]
            if let single = plural[role], words.count == 2 {
                var body = String(words[1])
                var subs: [String] = []
                while let r = firstRange(in: body, of: [" en van ", " en voor "]) {
                    subs.append(String(body[..<r.lowerBound]))
                    body = String(body[body.index(r.lowerBound, offsetBy: 4)...])
                }
                subs.append(body)
                parts += subs.map { single + " " + $0 }
            } else {
                parts.append(p)
            }
        }
        return parts
    }

    private static let particles: Set<String> = ["van", "de", "den", "der", "ter", "ten", "te", "het", "'t", "d'", "la", "le", "op"]
    private static let titles = ["mr. ", "drs. ", "dr. ", "ir. ", "prof. ", "ing. ", "Mr. ", "Drs. ", "Dr. ", "Ir. ", "Prof. "]

    static func parseAskers(_ list: String) -> [Person] {
        let items = askerItems(list)
        var people: [Person] = []
        var pending: [Int] = []
        for raw in items {
            var item = ASCIITrim.whitespaces(raw)
            for h in honorifics where item.hasPrefix(h) { item = String(item.dropFirst(h.count)) }
            for t in titles where item.hasPrefix(t) { item = String(item.dropFirst(t.count)) }
            guard !item.isEmpty else { continue }
            var name = item, party: String? = nil, group = false
            if let open = item.firstIndex(of: "(") {
                name = ASCIITrim.whitespaces(item[..<open])
                var inside = String(item[item.index(after: open)...])
                if let close = inside.lastIndex(of: ")") { inside = String(inside[..<close]) }
                inside = ASCIITrim.whitespaces(inside)
                for g in ["beiden ", "bei-den ", "beide ", "allen ", "alle drie ", "alle vier ", "alle vijf ", "alle "] where inside.lowercased().hasPrefix(g) {
                    inside = String(inside.dropFirst(g.count)); group = true; break
                }
                party = inside.isEmpty ? nil : inside
            }
            guard let first = name.first else { continue }
            let firstWord = name.split(separator: " ").first.map { String($0).lowercased() } ?? ""
            guard first.isUppercase || particles.contains(firstWord) else { break }
            people.append(Person(name: splitGlued(joinSplitDiacritics(name)), party: party))
            if party == nil { pending.append(people.count - 1) }
            else {
                if group { for p in pending { people[p].party = party } }
                pending.removeAll()
            }
        }
        // `de leden Rienks en Melkert (P.v.d.A.)`: one party after the whole list, none before it, is
        // the party of every member named (older headers leave out the `beiden`).
        if people.count > 1, let last = people.last?.party, people.dropLast().allSatisfy({ $0.party == nil }) {
            for k in people.indices { people[k].party = last }
        }
        return people
    }

    /// `list` split on `, ` and ` en ` outside parentheses.
    static func askerItems(_ list: String) -> [String] {
        let byBytes = list.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            // Every ASCII byte a Character of its own: the same splits as on Characters.
            guard FastText.asciiStandsAlone(b) else { return nil }
            var items: [String] = []
            var depth = 0, start = 0, i = 0
            while i < b.count {
                let c = b[i]
                if c == 0x28 { depth += 1 } else if c == 0x29 { depth = max(0, depth - 1) }
                if depth == 0 {
                    if c == 0x2C, i + 1 < b.count, b[i + 1] == 0x20 {
                        items.append(String(decoding: b[start..<i], as: UTF8.self)); i += 2; start = i; continue
                    }
                    if c == 0x20, i + 3 < b.count, b[i + 1] == 0x65, b[i + 2] == 0x6E, b[i + 3] == 0x20 {
                        items.append(String(decoding: b[start..<i], as: UTF8.self)); i += 4; start = i; continue
                    }
                }
                i += 1
            }
            items.append(String(decoding: b[start..<b.count], as: UTF8.self))
            return items
        }
        return (byBytes ?? nil) ?? slowAskerItems(list)
    }

    /// ``askerItems(_:)`` on Characters (the fallback, and the reference the byte loop is tested against).
    static func slowAskerItems(_ list: String) -> [String] {
        var items: [String] = []
        var depth = 0, current = ""
        var i = list.startIndex
        while i < list.endIndex {
            let c = list[i]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                if list[i...].hasPrefix(", ") { items.append(current); current = ""; i = list.index(i, offsetBy: 2); continue }
                if list[i...].hasPrefix(" en ") { items.append(current); current = ""; i = list.index(i, offsetBy: 4); continue }
            }
            current.append(c); i = list.index(after: i)
        }
        items.append(current)
        return items
    }

    /// Spacing accents that PDF extraction split from their letter, and the combining marks they stand for.
    private static let spacingAccents: [Character: Unicode.Scalar] = [
        "´": "\u{301}", "`": "\u{300}", "¨": "\u{308}", "ˆ": "\u{302}", "ˇ": "\u{30C}", "˜": "\u{303}", "¸": "\u{327}",
    ]

    /// `Kostic ´` → `Kostić`: a spacing accent after a letter (and a space) is put back on the letter.
    static func joinSplitDiacritics(_ name: String) -> String {
        guard name.contains(where: { spacingAccents[$0] != nil }) else { return name }
        var out: [Character] = []
        for c in name {
            if let mark = spacingAccents[c] {
                if out.last == " " { out.removeLast() }
                if let letter = out.last, letter.isLetter {
                    var scalars = String(letter).unicodeScalars
                    scalars.append(mark)
                    out[out.count - 1] = Character(String(scalars).precomposedStringWithCanonicalMapping)
                    continue
                }
            }
            out.append(c)
        }
        return ASCIITrim.whitespaces(String(out))
    }

    /// `DaniëlleJansen` → `Daniëlle Jansen` (a line break lost between first name and surname).
    static func splitGlued(_ name: String) -> String {
        var out = ""
        var prev: Character? = nil
        var runLower = 0
        for c in name {
            if let p = prev, p.isLowercase, c.isUppercase, runLower >= 3 { out.append(" ") }
            runLower = c.isLowercase ? runLower + 1 : 0
            out.append(c); prev = c
        }
        return out
    }

    // MARK: - Answerers

    private static let roles = ["Minister-President", "Minister", "Staatssecretaris", "minister-president", "minister",
                                "staatssecretaris", "Staats-secretaris", "Ministers", "Staatssecretarissen"]

    static func canonicalRole(_ r: String) -> String {
        switch r.lowercased().replacingOccurrences(of: "-", with: "") {
        case "ministerpresident": return "Minister-President"
        case "minister", "ministers": return "Minister"
        case "staatssecretaris", "staatssecretarissen": return "Staatssecretaris"
        default: return r
        }
    }

    static func parseAnswerers(_ clauseText: String) -> [Official] {
        guard let bodyStart = answererIntroEnd(clauseText) else { return [] }
        var body = String(clauseText[bodyStart...])
        if let end = firstRange(in: body, of: ["(ontvangen", "(Ontvangen", "(ingezonden", "(Ingezonden", "(ONTVANGEN", ". (", ". Zie ook"]) {
            body = String(body[..<end.lowerBound])
        }
        body = ASCIITrim.spaceCommaStop(body)
        var main = body, onBehalf: [String] = []
        if let m = firstRange(in: body, of: ["mede namens "]) ?? firstRange(in: body, of: ["mede-namens "]) {
            main = ASCIITrim.spaceComma(body[..<m.lowerBound])
            onBehalf = splitAddressees(String(body[m.upperBound...]))
        }
        var out: [Official] = []
        for person in components(main, separatedBy: ", en ").flatMap({ components($0, separatedBy: " en de heer ") }) {
            if let o = parseOfficial(person) { out.append(o) }
        }
        for ob in onBehalf {
            if let o = parseOfficial(ob) { out.append(o) }
        }
        return out
    }

    /// `s.components(separatedBy: separator)` (an ASCII separator without `K`, `;` and `` ` ``), on
    /// bytes when every ASCII byte of `s` is a Character of its own: then Foundation splits exactly
    /// where the separator's bytes are.
    static func components(_ s: String, separatedBy separator: String) -> [String] {
        let sep = Array(separator.utf8)
        let byBytes = s.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            guard FastText.asciiStandsAlone(b) else { return nil }
            var parts: [String] = []
            var start = 0, i = 0
            while let o = FastText.firstOffset(of: sep, in: UnsafeBufferPointer(rebasing: b[i...])) {
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<(i + o)]), as: UTF8.self))
                i += o + sep.count
                start = i
            }
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: b[start...]), as: UTF8.self))
            return parts
        }
        return (byBytes ?? nil) ?? s.components(separatedBy: separator)
    }

    private static let answererIntroBytes = [Array("antwoord van ".utf8), Array("mededeling van ".utf8)]

    /// Where `Antwoord van ` (else `Mededeling van `, any case) ends in `clauseText`.
    static func answererIntroEnd(_ clauseText: String) -> String.Index? {
        switch LowercasedSearch.end(in: clauseText, of: [answererIntroBytes[0]]) {
        case .end(let e): return e
        case .absent:
            switch LowercasedSearch.end(in: clauseText, of: [answererIntroBytes[1]]) {
            case .end(let e): return e
            case .absent: return nil
            case .declined: break
            }
        case .declined: break
        }
        return slowAnswererIntroEnd(clauseText)
    }

    /// ``answererIntroEnd(_:)`` by Foundation's search of the lower-cased text (the fallback, and the
    /// reference the byte search is tested against).
    static func slowAnswererIntroEnd(_ clauseText: String) -> String.Index? {
        let lower = clauseText.lowercased()
        guard let intro = ["antwoord van ", "mededeling van "].compactMap({ lower.range(of: $0) }).first else { return nil }
        let offset = lower.distance(from: lower.startIndex, to: intro.upperBound)
        return clauseText.index(clauseText.startIndex, offsetBy: offset, limitedBy: clauseText.endIndex) ?? clauseText.endIndex
    }

    /// `Minister Koolmees (Sociale Zaken en Werkgelegenheid)`, `de heer Staf, Minister voor Defensie`,
    /// `Minister van Justitie en Veiligheid`.
    static func parseOfficial(_ raw: String) -> Official? {
        var s = ASCIITrim.spaceCommaStop(raw)
        for h in ["de heren ", "de heer ", "den heer ", "mevrouw ", "de ", "den ", "het "] where s.hasPrefix(h) { s = String(s.dropFirst(h.count)); break }
        guard !s.isEmpty else { return nil }
        // Role first.
        for role in roles where s.hasPrefix(role + " ") || s == role {
            let rest = ASCIITrim.whitespaces(s.dropFirst(role.count))
            if rest.hasPrefix("van ") || rest.hasPrefix("voor ") {
                let dept = String(rest.drop(while: { $0 != " " }).dropFirst())
                return Official(name: nil, role: canonicalRole(role), department: dept.isEmpty ? nil : dept)
            }
            if let open = rest.firstIndex(of: "(") {
                let name = ASCIITrim.whitespaces(rest[..<open])
                var dept = String(rest[rest.index(after: open)...])
                if let close = dept.lastIndex(of: ")") { dept = String(dept[..<close]) }
                return Official(name: name.isEmpty ? nil : name, role: canonicalRole(role), department: dept)
            }
            return Official(name: rest.isEmpty ? nil : rest, role: canonicalRole(role), department: nil)
        }
        // Name, role van/voor department.
        if let comma = s.range(of: ", ") {
            let name = String(s[..<comma.lowerBound])
            let tail = String(s[comma.upperBound...])
            for role in roles where tail.hasPrefix(role + " ") {
                let rest = tail.dropFirst(role.count + 1)
                let dept = rest.hasPrefix("van ") || rest.hasPrefix("voor ") ? String(rest.drop(while: { $0 != " " }).dropFirst()) : String(rest)
                return Official(name: name, role: canonicalRole(role), department: ASCIITrim.spaceCommaStop(dept))
            }
        }
        return nil
    }
}

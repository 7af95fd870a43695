import DutchText
/// Splits the repaired body of a Kamervragen document into header, questions, answers and notice.
///
/// It first finds every *marker* a block could start at: keyword headings (`Vraag 2 en 3`,
/// `Antwoord 5, 6 en 7`, `Antwoord op vraag 1`, `Ad vraag 1.`, `Antwoord:`), numbers at a line start or
/// after a sentence end (`1.`, `2 en 3.`, `1 Welke`, glued `1Is`), and section lines (`ANTWOORD van …`,
/// `Mededeling`, `Toelichting`). Then ``SegmentMachine`` walks them with the expected sequence: a number only starts a
/// question when it is the next one (last + 1), so sub-items (`a.`, a `1.` list inside an answer) stay
/// inside their block; when the document uses `Vraag N` headings, bare numbers never start blocks.
struct Segmenter {
    enum MarkerKind: Equatable { case question, answer, number, answerSection, noticeSection, stop, newSet }

    struct Marker {
        var kind: MarkerKind
        var numbers: [Int]
        var start: Int
        var contentStart: Int
        var lineStart: Bool
    }

    struct Block {
        var numbers: [Int]
        var start: Int
        var end: Int
        /// Where the block's heading or number begins (`start` is where its text begins).
        var headingStart: Int? = nil
    }

    struct Result {
        var headerEnd: Int
        var questions: [Block] = []
        var answers: [Block] = []
        /// Ranges of answer/notice section header lines (`ANTWOORD van …`, `Mededeling van …`).
        var clauses: [Range<Int>] = []
        var notice: Range<Int>? = nil
        var diagnostics: [Diagnostic] = []
        var hasNoticeMarker = false
        var hasAnswerClause = false
        /// Whether questions have `Vraag N` headings (bare numbers then never start blocks).
        var keywordQuestions = false
        /// Where a further question set begins in the same text (`239. Vragen van …`), if one does.
        var nextSetStart: Int? = nil
    }

    let bytes: [UInt8]

    init(text: String) { bytes = Array(text.utf8) }

    func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

    /// Whether a whole line is a question/answer heading (used to protect headings elsewhere).
    static func isHeadingLine(_ line: String) -> Bool {
        // `match` needs one of these first bytes: test it before copying the line.
        switch line.utf8.first ?? 0 {
        case 0x41, 0x56, 0x4D, 0x54, 0x6C, 0x49, 0x31...0x39: break
        default: return false
        }
        let s = Segmenter(text: line)
        guard let m = s.match(at: 0, lineStart: true) else { return false }
        return m.kind == .question || m.kind == .answer
    }

    /// Whether a whole line opens an answer or notice section (`Antwoord van …`, `ANTWOORD van …`,
    /// `Mededeling van …`): what follows it is the answers' text, not the questions' footnotes.
    static func isSectionLine(_ line: String) -> Bool {
        let u = line.utf8
        guard u.starts(with: "Antw".utf8) || u.starts(with: "ANTW".utf8) || u.starts(with: "Mede".utf8)
                || u.starts(with: "MEDE".utf8) else { return false }
        guard let m = Segmenter(text: line).match(at: 0, lineStart: true) else { return false }
        return m.kind == .answerSection || m.kind == .noticeSection
    }

    // MARK: - Scanning

    func markers() -> [Marker] {
        var out: [Marker] = []
        var i = 0
        var lineStart = true
        var onAnswerClause = false  // the line began with an answer clause (`Antwoord van …`)
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { lineStart = true; i += 1; continue }
            if b == 0x20 && lineStart { i += 1; continue }
            if lineStart {
                let m = match(at: i, lineStart: true)
                if let m { out.append(m) }
                onAnswerClause = m?.kind == .answerSection
                lineStart = false
            }
            // Sentence end followed by spaces: an inline candidate. So is the end of a date clause,
            // `(Ingezonden 25 maart 1991) 1 Hebt u …`, where OCR ran the header into the first question;
            // and on an answer clause's line the session year that ends a reference run on after the date
            // (`…, zie ook Aanhangsel Handelingen nr. 754, Vergaderjaar 1991-1992 1 Ik heb …`).
            if b == 0x2E || b == 0x3F || b == 0x21 || b == 0x3A || b == 0x3B
                || closesYear(at: i)
                || onAnswerClause && b &- 0x30 < 10 && endsSessionYear(at: i) {
                var j = i + 1
                while j < bytes.count, isClosing(at: j) { j += closingLength(at: j) }
                // A footnote marker may sit between the sentence end and the space (`50?1 Antwoord 1`).
                if isDigit(j), !isDigit(j - 2) || bytes[i] != 0x2E {
                    var k = j
                    while k < bytes.count, isDigit(k), k - j < 2 { k += 1 }
                    if k < bytes.count, bytes[k] == 0x20 { j = k }
                }
                if j < bytes.count, bytes[j] == 0x20 {
                    while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                    // After a date clause the line break was lost: what follows starts a line.
                    if j < bytes.count, bytes[j] != 0x0A, let m = match(at: j, lineStart: b == UInt8(ascii: ")")) {
                        out.append(m)
                    }
                }
            }
            i += 1
        }
        return out
    }

    /// Whether the byte at `i` is a parenthesis closing a year, as a date clause ends: `(Ingezonden 3 mei 1991)`.
    private func closesYear(at i: Int) -> Bool {
        bytes[i] == UInt8(ascii: ")") && i >= 4 && isDigit(i - 1) && isDigit(i - 2) && isDigit(i - 3) && isDigit(i - 4)
    }

    /// Whether the digit at `i` ends a session year `1991-1992` (two years, a hyphen, a space after).
    private func endsSessionYear(at i: Int) -> Bool {
        guard i >= 8, i + 1 < bytes.count, bytes[i + 1] == 0x20, bytes[i - 4] == UInt8(ascii: "-"),
              i < 9 || !isDigit(i - 9) else { return false }
        return (i - 8...i).allSatisfy { $0 == i - 4 || isDigit($0) }
    }

    private func isClosing(at j: Int) -> Bool { closingLength(at: j) > 0 }
    private func closingLength(at j: Int) -> Int {
        let b = bytes[j]
        if b == 0x29 || b == 0x22 || b == 0x27 { return 1 }  // ) " '
        if b == 0xC2, j + 1 < bytes.count, bytes[j + 1] == 0xBB { return 2 }  // »
        if b == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 { return 3 }  // ” ’
        return 0
    }

    func hasPrefix(_ s: String, at i: Int) -> Bool {
        guard i >= 0, i <= bytes.count else { return false }
        var k = i
        for c in s.utf8 {
            guard k < bytes.count, bytes[k] == c else { return false }
            k += 1
        }
        return true
    }

    private func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }

    private func readInt(_ i: Int) -> (Int, Int)? {
        var j = i, v = 0
        while j < bytes.count, isDigit(j), j - i < 3 { v = v * 10 + Int(bytes[j] - 0x30); j += 1 }
        guard j > i, !isDigit(j), bytes[i] != 0x30, v <= 300 else { return nil }
        return (v, j)
    }

    /// A number list at `i`: `2`, `2 en 3`, `5, 6 en 7`, `2 t/m 6`, `2-4`. Returns numbers and the end.
    func numberList(at i: Int) -> ([Int], Int)? {
        guard let (first, e1) = readInt(i) else { return nil }
        var nums = [first], j = e1
        for sep in [" t/m ", " tot en met ", "-", "–", "—", " - "] where hasPrefix(sep, at: j) {
            if let (last, e2) = readInt(j + sep.utf8.count), last > first, last - first <= 30 {
                return (Array(first...last), e2)
            }
        }
        while true {
            if hasPrefix(", ", at: j), let (n, e) = readInt(j + 2), n > nums.last! { nums.append(n); j = e; continue }
            if hasPrefix(",", at: j), let (n, e) = readInt(j + 1), n > nums.last! { nums.append(n); j = e; continue }
            if hasPrefix(" en ", at: j), let (n, e) = readInt(j + 4), n > nums.last! { nums.append(n); j = e; break }
            // OCR loses a space around `en`: `2en 3`, `2 en3`, `1,2en3`.
            if let k = [" en", "en ", "en"].first(where: { hasPrefix($0, at: j) }).map({ j + $0.utf8.count }),
               isDigit(k), let (n, e) = readInt(k), n > nums.last! { nums.append(n); j = e; break }
            if hasPrefix(" & ", at: j), let (n, e) = readInt(j + 3), n > nums.last! { nums.append(n); j = e; break }
            break
        }
        return (nums, j)
    }

    /// A Roman numeral of 1–39 at `i` whose letters OCR may have spaced out (`I I I`), and a list of them
    /// joined by `en` (`I en II`): the values and the end.
    func romanList(at i: Int) -> ([Int], Int)? {
        guard let (first, e1) = romanNumeral(at: i) else { return nil }
        if hasPrefix(" en ", at: e1), let (second, e2) = romanNumeral(at: e1 + 4), second > first { return ([first, second], e2) }
        return ([first], e1)
    }

    /// The numerals 1–39, each as its letters' bytes packed into an integer (first letter lowest).
    private static let romanNumerals: [UInt64] = (1...39).map { n in
        let letters = String(repeating: "X", count: n / 10) + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n % 10]
        return letters.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static func isRomanLetter(_ b: UInt8) -> Bool { b == 0x49 || b == 0x56 || b == 0x58 }  // I V X

    private func romanNumeral(at i: Int) -> (Int, Int)? {
        var packed: UInt64 = 0, count = 0, k = i
        while k < bytes.count, count < 7 {
            let b = bytes[k]
            if Self.isRomanLetter(b) { packed |= UInt64(b) << (8 * UInt64(count)); count += 1; k += 1; continue }
            // One space between letters, as OCR spaces them: `I I .`
            if b == 0x20, count > 0, k + 1 < bytes.count, Self.isRomanLetter(bytes[k + 1]) { k += 1; continue }
            break
        }
        // The numeral ends the word: no letter follows (`In`, `Is`, `Vraag` are words).
        guard count > 0, k >= bytes.count || !(bytes[k] >= 0x41 && bytes[k] <= 0x5A || bytes[k] >= 0x61 && bytes[k] <= 0x7A),
              let index = Self.romanNumerals.firstIndex(of: packed) else { return nil }
        return (index + 1, k)
    }

    /// Whether the scalar at `i` starts a sentence: an upper-case letter, possibly after an opening quote.
    private func startsSentence(at i: Int) -> Bool {
        var k = i
        for q in ["«", "“", "\"", "'", "‘", "("] where hasPrefix(q, at: k) { k += q.utf8.count; break }
        guard k < bytes.count else { return false }
        let b = bytes[k]
        if b >= 0x41 && b <= 0x5A { return true }
        if b < 0x80 { return false }
        var it = bytes[k...].makeIterator()
        var dec = UTF8()
        if case .scalarValue(let s) = dec.decode(&it) { return s.properties.isUppercase }
        return false
    }

    private func atLineEnd(_ i: Int) -> Bool {
        var j = i
        while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        return j >= bytes.count || bytes[j] == 0x0A
    }

    /// The line end after `i` when only spaces and at least one speck-like punctuation mark (`:` `.` `,`
    /// `;` `'` `|` `‘` `’` `“` `”`) stand before it, as OCR leaves them after a heading; nil otherwise.
    private func specksToLineEnd(from i: Int) -> Int? {
        var j = i, specks = 0
        while j < bytes.count, bytes[j] != 0x0A {
            switch bytes[j] {
            case 0x20: j += 1
            case 0x3A, 0x2E, 0x2C, 0x3B, 0x27, 0x7C: j += 1; specks += 1
            case 0xE2 where j + 2 < bytes.count && bytes[j + 1] == 0x80 && (0x98...0x9D).contains(bytes[j + 2]):
                j += 3; specks += 1
            default: return nil
            }
        }
        return specks > 0 && specks <= 4 ? j : nil
    }

    /// `Vraag` or `Antwoord` when the letters at `i` are that word with one letter misread as OCR
    /// misreads it (same first letter, same length, one of ``ocrConfusions``) and a number follows
    /// (`Viaag 2`, `Antwoard 3`); nil otherwise. `Vlaag 2` is not `Vraag 2`.
    private func misreadHeading(at i: Int) -> String? {
        for word in ["Vraag", "Antwoord"] {
            let w = Array(word.utf8)
            guard i + w.count + 2 < bytes.count, bytes[i + w.count + 1] &- 0x31 < 9, isMisread(word, at: i) else { continue }
            return word
        }
        return nil
    }

    /// Whether the bytes at `i` are `word` with exactly one letter misread as OCR misreads it, then a space.
    func isMisread(_ word: String, at i: Int) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count < bytes.count, bytes[i] == w[0], bytes[i + w.count] == 0x20 else { return false }
        var misread = 0
        for k in 1..<w.count where bytes[i + k] != w[k] {
            guard let readAs = Self.ocrConfusions[w[k]], readAs.contains(bytes[i + k]) else { return false }
            misread += 1
        }
        return misread == 1
    }

    /// Letters of `Vraag` and `Antwoord` and what OCR reads them as.
    private static let ocrConfusions: [UInt8: [UInt8]] = [
        UInt8(ascii: "r"): Array("itfn".utf8), UInt8(ascii: "a"): Array("eosu".utf8),
        UInt8(ascii: "g"): Array("qyp".utf8), UInt8(ascii: "o"): Array("ceau0".utf8),
        UInt8(ascii: "n"): Array("mur".utf8), UInt8(ascii: "t"): Array("lfi".utf8),
        UInt8(ascii: "w"): Array("v".utf8), UInt8(ascii: "d"): Array("a".utf8),
    ]

    /// The start of the line before the one starting at `i` when that line is a set number alone (`425.`).
    private func setNumberLine(before i: Int) -> Int? {
        guard i >= 2, bytes[i - 1] == 0x0A else { return nil }
        var k = i - 1
        while k > 0, bytes[k - 1] == 0x20 { k -= 1 }
        guard k > 0, bytes[k - 1] == 0x2E else { return nil }
        k -= 1
        var digits = 0
        while k > 0, isDigit(k - 1) { k -= 1; digits += 1 }
        guard (1...5).contains(digits) else { return nil }
        while k > 0, bytes[k - 1] == 0x20 { k -= 1 }
        return k == 0 || bytes[k - 1] == 0x0A ? k : nil
    }

    /// Whether the line after the one holding `i` starts with one of `prefixes`.
    private func nextLineStarts(with prefixes: [String], after i: Int) -> Bool {
        var j = i
        while j < bytes.count, bytes[j] != 0x0A { j += 1 }
        let k = skipSpaces(j + 1)
        return prefixes.contains { hasPrefix($0, at: k) }
    }

    private func skipSpaces(_ i: Int) -> Int {
        var j = i
        while j < bytes.count, bytes[j] == 0x20 { j += 1 }
        return j
    }

    /// The marker starting at `i`, if any.
    private static let headingWords: [(String, MarkerKind)] = [
        ("Vraag", .question), ("VRAAG", .question), ("Vragen", .question),
        ("Antwoord", .answer), ("ANTWOORD", .answer), ("Antwoorden", .answer), ("Ad", .answer),
    ]

    func match(at i: Int, lineStart: Bool) -> Marker? {
        // Every marker below starts with one of these bytes (A V M T l I X, or a digit 1–9).
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case 0x41, 0x56, 0x4D, 0x54, 0x6C, 0x49, 0x58, 0x31...0x39: break
        default: return nil
        }
        // `ANTWOORD.` / `ANTWOORD. (Ingezonden …)` alone: the answer section of older documents.
        if lineStart, hasPrefix("ANTWOORD.", at: i) || hasPrefix("Antwoord.", at: i) || hasPrefix("ANTWOORD,", at: i) {
            let k = skipSpaces(i + 9)
            if atLineEnd(k) || hasPrefix("(", at: k) {
                return Marker(kind: .answerSection, numbers: [], start: i, contentStart: k, lineStart: true)
            }
        }
        // Keyword headings. At a line start and before a number, OCR's misreading of one letter
        // (`Viaag 2`, `Antwoord` as `Antwoard 3`) still counts.
        let misread = lineStart ? misreadHeading(at: i) : nil
        for (word, kind) in Self.headingWords {
            let written = misread == word ? word.utf8.count : 0
            let wordMatches = hasPrefix(word, at: i)
            // `word + text` at `i`, without making the string.
            func starts(_ text: String) -> Bool {
                (wordMatches && hasPrefix(text, at: i + word.utf8.count)) || (written > 0 && hasPrefix(text, at: i + written))
            }
            // OCR may read a speck after the keyword as a full stop: `Vraag. 4` (at a line start only).
            let ocrStop = lineStart && word != "Ad" && starts(". ")
                && i + word.utf8.count + 2 < bytes.count && bytes[i + word.utf8.count + 2] &- 0x30 < 10
            guard ocrStop || starts(" ") || starts(":") || (starts("") && atLineEnd(i + word.utf8.count)) else { continue }
            var j = i + word.utf8.count + (ocrStop ? 1 : 0)
            if kind == .answer {
                // `ANTWOORD van …` / `Antwoord Antwoord van …` (the second one OCR may misread: `Antwooid`):
                // the answer section.
                var k = skipSpaces(j)
                if hasPrefix("Antwoord ", at: k) || hasPrefix("ANTWOORD ", at: k) || isMisread("Antwoord", at: k) {
                    k = skipSpaces(k + 9)
                }
                if hasPrefix("van ", at: k) || hasPrefix("VAN ", at: k) {
                    return lineStart ? Marker(kind: .answerSection, numbers: [], start: i, contentStart: i, lineStart: true) : nil
                }
                for phrase in [" op vraag ", " op vragen ", " vraag ", " vragen ", " op de vragen ", " op de vraag "] where hasPrefix(phrase, at: j) {
                    j += phrase.utf8.count - 1; break
                }
            }
            j = skipSpaces(j)
            if let (nums, e) = numberList(at: j) {
                var c = e
                if c < bytes.count, bytes[c] == 0x2E || bytes[c] == 0x3A || bytes[c] == 0x29 { c += 1 }
                if atLineEnd(c) { return Marker(kind: kind, numbers: nums, start: i, contentStart: c, lineStart: lineStart) }
                // A heading line that OCR ended with specks read as punctuation: `Vraag 4 :`, `Antwoord 2 ' .`.
                if lineStart, let end = specksToLineEnd(from: c) {
                    return Marker(kind: kind, numbers: nums, start: i, contentStart: end, lineStart: true)
                }
                if c < bytes.count, bytes[c] == 0x20, startsSentence(at: skipSpaces(c)) || lineStart {
                    return Marker(kind: kind, numbers: nums, start: i, contentStart: skipSpaces(c), lineStart: lineStart)
                }
                // Text glued to the heading where a line break was lost (`Vraag 1Bent u …`).
                if c == e, lineStart, startsSentence(at: c), c + 1 < bytes.count, bytes[c + 1] >= 0x61, bytes[c + 1] <= 0x7A {
                    return Marker(kind: kind, numbers: nums, start: i, contentStart: c, lineStart: true)
                }
                continue
            }
            if word == "Ad" || word == "Vragen" { continue }
            // Unnumbered heading: `Antwoord:` / `Antwoord` alone on a line.
            if lineStart {
                var c = j
                if c < bytes.count, bytes[c] == 0x3A { c += 1 }
                if atLineEnd(c) || (c > j && bytes[c - 1] == 0x3A) {
                    // `Antwoord` over the column, the clause `Antwoord van …` on the next line: a title.
                    if atLineEnd(c), kind == .answer, nextLineStarts(with: ["Antwoord van", "ANTWOORD van"], after: c) {
                        return nil
                    }
                    return Marker(kind: kind, numbers: [], start: i, contentStart: skipSpaces(c), lineStart: true)
                }
            }
        }
        if lineStart {
            for w in ["Mededeling", "MEDEDELING"] where hasPrefix(w, at: i) {
                let j = i + w.utf8.count
                if atLineEnd(j) || hasPrefix(":", at: j) || hasPrefix(" van ", at: j) {
                    return Marker(kind: .noticeSection, numbers: [], start: i, contentStart: j, lineStart: true)
                }
            }
            for w in ["Toelichting", "TOELICHTING"] where hasPrefix(w, at: i) {
                let j = i + w.utf8.count
                // Alone, with a colon, or with its text on the same line (`Toelichting Zie …`,
                // `Toelichting bij vraag 2 …`).
                if atLineEnd(j) || hasPrefix(":", at: j)
                    || hasPrefix(" ", at: j) && (startsSentence(at: j + 1) || hasPrefix(" op vra", at: j) || hasPrefix(" bij vra", at: j)) {
                    return Marker(kind: .stop, numbers: [], start: i, contentStart: j, lineStart: true)
                }
            }
            for w in ["Vragen van ", "VRAGEN van ", "Vraag van ", "VRAAG van "] where hasPrefix(w, at: i) {
                return Marker(kind: .newSet, numbers: [], start: setNumberLine(before: i) ?? i, contentStart: i, lineStart: true)
            }
        }
        // `3050. VRAGEN van …`: a set number (any size) before a further question set; OCR of the 1930s
        // reads it with spaces between the digits (`1 4 2 . VRAGEN`).
        if lineStart, isDigit(i) {
            var k = i, digits = 0
            while k < bytes.count, digits < 5 {
                if isDigit(k) { k += 1; digits += 1 } else if bytes[k] == 0x20, isDigit(k + 1) { k += 1 } else { break }
            }
            if k < bytes.count, bytes[k] == 0x20, k + 1 < bytes.count, bytes[k + 1] == UInt8(ascii: ".") { k += 1 }
            if k < bytes.count, bytes[k] == UInt8(ascii: ".") {
                let w = skipSpaces(k + 1)
                for intro in ["VRAGEN van ", "Vragen van ", "VRAAG van ", "Vraag van "] where hasPrefix(intro, at: w) {
                    return Marker(kind: .newSet, numbers: [], start: i, contentStart: w, lineStart: true)
                }
            }
        }
        // Roman numerals (`IV.`, `I en II.`, read by OCR with spaces: `I I I .`), then a sentence.
        if let (nums, e) = romanList(at: i) {
            var c = e
            if c + 1 < bytes.count, bytes[c] == 0x20, bytes[c + 1] == 0x2E { c += 1 }
            if c < bytes.count, bytes[c] == 0x2E {
                c += 1
                if lineStart && atLineEnd(c) { return Marker(kind: .number, numbers: nums, start: i, contentStart: c, lineStart: true) }
                if c < bytes.count, bytes[c] == 0x20, startsSentence(at: skipSpaces(c)) {
                    return Marker(kind: .number, numbers: nums, start: i, contentStart: skipSpaces(c), lineStart: lineStart)
                }
            }
        }
        // OCR reads a `1.` at a line start as `l.` or `I.`.
        if lineStart, i + 2 < bytes.count, bytes[i] == 0x6C || bytes[i] == 0x49, bytes[i + 1] == 0x2E, bytes[i + 2] == 0x20,
           startsSentence(at: skipSpaces(i + 2)) {
            return Marker(kind: .number, numbers: [1], start: i, contentStart: skipSpaces(i + 2), lineStart: true)
        }
        // Numbers: `1.`, `1)`, `2 en 3.`, `1 Welke`, `1Is`, old-style ordinals `1°.` / `1e.`.
        guard let (nums, e) = numberList(at: i) else { return nil }
        var c = e
        var punct = false
        if lineStart, c < bytes.count, bytes[c] == 0x2E || bytes[c] == 0x20 {
            // `256. VRAGEN van …`: a further question set on the same page.
            let k = skipSpaces(bytes[c] == 0x2E ? c + 1 : c)
            for w in ["VRAGEN van ", "Vragen van ", "VRAAG van ", "Vraag van "] where hasPrefix(w, at: k) {
                return Marker(kind: .newSet, numbers: nums, start: i, contentStart: k, lineStart: true)
            }
        }
        if nums.count == 1 {
            if hasPrefix("°", at: c) { c += 2 } else if hasPrefix("e.", at: c) || hasPrefix("e)", at: c) { c += 1 }
        }
        if c < bytes.count, bytes[c] == 0x2E || bytes[c] == 0x29 { c += 1; punct = true }
        if punct && lineStart && atLineEnd(c) {
            return Marker(kind: .number, numbers: nums, start: i, contentStart: c, lineStart: true)
        }
        if c < bytes.count, bytes[c] == 0x20 {
            let k = skipSpaces(c)
            if startsSentence(at: k) { return Marker(kind: .number, numbers: nums, start: i, contentStart: k, lineStart: lineStart) }
            return nil
        }
        // Glued to the first word (`1Is het`): at a line start, or inline when a word follows (capital, small).
        if !punct, nums.count == 1, startsSentence(at: c),
           lineStart || (c + 1 < bytes.count && bytes[c + 1] >= 0x61 && bytes[c + 1] <= 0x7A) {
            return Marker(kind: .number, numbers: nums, start: i, contentStart: c, lineStart: true)
        }
        return nil
    }

    // MARK: - Interpretation

    /// The blocks: the markers walked by ``SegmentMachine``, then the fallback for documents without
    /// numbers, and the notice trimmed to after its clause.
    func segment() -> Result {
        let ms = markers()
        var machine = SegmentMachine(self, markers: ms)
        var r = machine.run()
        if r.questions.isEmpty && r.answers.isEmpty { unnumbered(ms, &r) }
        if r.notice != nil, let n = r.notice, let first = r.clauses.last(where: { $0.lowerBound >= n.lowerBound }) {
            r.notice = min(max(n.lowerBound, first.upperBound), n.upperBound)..<n.upperBound
        }
        return r
    }

    // MARK: - Unnumbered questions

    /// Documents without any question number: Word files whose auto-numbering was lost (`Kunt u …?`
    /// then `Antwoord:`), or a single question (`VRAAG van de heer …`, the question, `ANTWOORD van …`).
    /// Blocks get no numbers.
    private func unnumbered(_ all: [Marker], _ r: inout Result) {
        // Within this set: up to a further set the walk found already.
        let end = r.nextSetStart ?? bytes.count
        let ms = all.prefix { $0.start < end }
        // The body ends at a `Toelichting`, a notice, or a further question set after the first answer.
        let firstAnswer = ms.first(where: { ($0.kind == .answer && $0.numbers.isEmpty) || $0.kind == .answerSection })?.start ?? 0
        let limit = ms.first(where: { $0.start > firstAnswer && ($0.kind == .stop || $0.kind == .newSet
            || $0.kind == .noticeSection && !hasPrefix("Mededeling van", at: $0.start)) })?.start ?? end
        if firstAnswer > 0, let next = ms.first(where: { $0.start == limit && $0.kind == .newSet }) {
            r.nextSetStart = next.start
        }
        let heads = ms.filter { $0.kind == .answer && $0.numbers.isEmpty && $0.lineStart && $0.start < limit }
        if let first = heads.first {
            let start = headerClauseEnd(before: first.start)
            guard start < first.start, !text(start..<first.start).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
            r.headerEnd = start
            r.questions.append(Block(numbers: [], start: start, end: first.start))
            for (k, head) in heads.enumerated() {
                let end = k + 1 < heads.count ? heads[k + 1].start : limit
                var answerEnd = end
                if k + 1 < heads.count { answerEnd = questionStart(in: head.contentStart..<end) }
                r.answers.append(Block(numbers: [], start: head.contentStart, end: answerEnd))
                if answerEnd < end { r.questions.append(Block(numbers: [], start: answerEnd, end: end)) }
            }
            return
        }
        // A single question between the asker clause and an `ANTWOORD van …` section.
        guard let section = ms.first(where: { $0.kind == .answerSection && $0.start < limit }) else { return }
        let start = runOnStart(lineEndingAt: headerClauseEnd(before: section.start))
        guard start < section.start, text(start..<section.start).contains("?") else { return }
        r.headerEnd = start
        r.questions.append(Block(numbers: [], start: start, end: section.start))
        let clauseEnd = runOnStart(lineEndingAt: lineEnd(section.start))
        r.clauses.append(section.start..<clauseEnd)
        if clauseEnd < limit { r.answers.append(Block(numbers: [], start: clauseEnd, end: limit)) }
    }

    /// Where text run on after a date clause begins on the line that ends at `end` (`… (Ingezonden 26 juni
    /// 1991) Hebt u …`): after the parenthesis that closes a year, when a sentence or a number follows it on
    /// the line; `end` otherwise.
    func runOnStart(lineEndingAt end: Int) -> Int {
        var k = end
        while k > 0, bytes[k - 1] != 0x0A { k -= 1 }
        while k < end {
            if closesYear(at: k) {
                var j = k + 1
                while j < end, bytes[j] == 0x2E || bytes[j] == 0x20 { j += 1 }
                return j < end && (startsSentence(at: j) || isDigit(j)) ? j : end
            }
            k += 1
        }
        return end
    }

    /// End of the header before `limit`: after the last line naming a date clause (`ingezonden`,
    /// `ontvangen`) or, failing that, an asker or answer clause.
    func headerClauseEnd(before limit: Int) -> Int {
        var best: Int? = nil, fallback: Int? = nil
        var i = 0
        while i < limit {
            var j = i
            while j < limit, bytes[j] != 0x0A { j += 1 }
            let (dated, clause) = headerLineKind(i..<j)
            if dated { best = j }
            if clause { fallback = j }
            i = j + 1
        }
        return best ?? fallback ?? 0
    }

    private static let datedKeywords = [Array("ingezonden".utf8), Array("ontvangen".utf8)]
    private static let clauseKeywords = [Array("vragen van".utf8), Array("vraag van".utf8), Array("antwoord van".utf8)]

    /// Whether question text (holding a `?`) stands between the header's clauses and `position`: an answer
    /// section there follows questions whose numbers, if they had any, were lost.
    func questionTextBefore(_ position: Int) -> Bool {
        let start = headerClauseEnd(before: position)
        return start < position && bytes[start..<position].contains(UInt8(ascii: "?"))
    }

    /// Whether the lower-cased line `r` holds `ingezonden` or `ontvangen` (dated), and `vragen van`,
    /// `vraag van` or `antwoord van` (a header clause), as Foundation's `contains` answers. On bytes
    /// when every ASCII byte of the line is a Character of its own: lower-casing makes no other
    /// Character an ASCII letter of these words (`İ` becomes `i` with a combining dot, which no word
    /// matches), so Foundation finds a word exactly where its bytes are, in any ASCII case.
    func headerLineKind(_ r: Range<Int>) -> (dated: Bool, clause: Bool) {
        let fast = bytes.withUnsafeBufferPointer { all -> (Bool, Bool)? in
            let b = UnsafeBufferPointer(rebasing: all[r])
            guard FastText.asciiStandsAlone(b) else { return nil }
            func has(_ words: [[UInt8]]) -> Bool { words.contains { LowercasedSearch.firstOffset(of: $0, inLowercased: b) != nil } }
            return (has(Self.datedKeywords), has(Self.clauseKeywords))
        }
        return fast ?? slowHeaderLineKind(r)
    }

    /// ``headerLineKind(_:)`` by Foundation (the fallback, and the reference the byte path is tested against).
    func slowHeaderLineKind(_ r: Range<Int>) -> (dated: Bool, clause: Bool) {
        let line = text(r).lowercased()
        return (line.contains("ingezonden") || line.contains("ontvangen"),
                line.contains("vragen van") || line.contains("vraag van") || line.contains("antwoord van"))
    }

    /// Where the next unnumbered question starts inside `range` (the text between two `Antwoord:`
    /// headings): the trailing paragraph(s) ending in `?`; without paragraphs, the trailing lines after
    /// the last line that ends a sentence with `.`.
    private func questionStart(in range: Range<Int>) -> Int {
        let chunk = text(range)
        let lines = chunk.split(separator: "\n", omittingEmptySubsequences: false)
        var offsets: [Int] = [], o = range.lowerBound
        for l in lines { offsets.append(o); o += l.utf8.count + 1 }
        // Backwards: skip blank lines, take lines until a blank line (paragraph) or a line ending in `.`.
        var k = lines.count - 1
        while k >= 0, lines[k].trimmingCharacters(in: .whitespaces).isEmpty { k -= 1 }
        guard k >= 0, lines[k].trimmingCharacters(in: .whitespaces).hasSuffix("?") else { return range.upperBound }
        var startLine = k
        while startLine - 1 >= 0 {
            let prev = lines[startLine - 1].trimmingCharacters(in: .whitespaces)
            if prev.isEmpty || prev.hasSuffix(".") || prev.hasSuffix(":") || prev.hasSuffix(")") { break }
            startLine -= 1
        }
        return startLine == 0 ? range.lowerBound : offsets[startLine]
    }

    func lineEnd(_ i: Int) -> Int {
        var j = i
        while j < bytes.count, bytes[j] != 0x0A { j += 1 }
        // A clause may continue on the next line up to its date in parentheses.
        let line = text(i..<j)
        if !line.contains(")"), j < bytes.count {
            var k = j + 1
            while k < bytes.count, bytes[k] != 0x0A { k += 1 }
            let next = text((j + 1)..<k)
            if next.contains("ontvangen") || next.contains("ingezonden") || next.contains("Ontvangen") || next.contains("Ingezonden") { return k }
        }
        return j
    }
}

import XCTest
@testable import DutchText

/// The byte path of ``Dehyphenator`` (words of plain ASCII decided on bytes, each word looked up once;
/// line ends and continuation words found on bytes) answers exactly as the Character code it short-cuts
/// (kept here as the reference), on seeded random words and lines: split lexicon words with and without
/// a trema, elisions, keep-prefixes, capitals, digits, punctuation, soft hyphens and non-ASCII letters.
final class DehyphenationBytesTests: XCTestCase {
    typealias RNG = RepairPropertyTests.SplitMix64

    static let vocabulary = ["problematiek", "coördinator", "zorgakkoord", "noord-holland", "zee-egel", "kamer", "reëel",
                             "ideeën", "beleid", "landbouw", "oud-minister", "ex-partner", "niet-roker", "naïef", "geïnd",
                             "zoöloog", "coöperatie", "aanleiding", "informatie", "onderzoek", "egel", "zeer", "aaneen",
                             "overeen", "uitoefenen", "financiële", "café", "a-b", "abcd", "efgh", "abcdefgh", "abcd-efgh"]
    static let extraWords = ["en", "of", "tot", "noch", "als", "en/of", "ex", "oud", "niet", "non", "sint", "Noord", "Holland",
                             "NAVO", "F", "35", "COVID", "19", "x", "ABC", "A1", "1a", "é", "ë", "Ω", "Ж", "e\u{0301}", "ﬁ"]
    static let punctuation = ["", "", "", "(", ")", ".", ",", "«", "»", "'", "’", "\"", ":", "-", "/"]

    /// A pair of words around a line-end hyphen: mostly a lexicon word split in two.
    static func randomPair(_ rng: inout RNG) -> (String, String) {
        var left: String, right: String
        if rng.below(4) == 0 {
            left = extraWords[rng.below(extraWords.count)]
            right = rng.below(2) == 0 ? extraWords[rng.below(extraWords.count)] : vocabulary[rng.below(vocabulary.count)]
        } else {
            // Written without trema at the split, as a hyphenated word is (`co-` / `ordinator`).
            let word = Array(vocabulary[rng.below(vocabulary.count)])
            let cut = rng.below(word.count + 1)
            left = String(word[..<cut])
            right = String(word[cut...])
            let plain: [Character: Character] = ["ö": "o", "ë": "e", "ï": "i", "ü": "u", "ä": "a"]
            if let f = right.first, let p = plain[f], rng.below(2) == 0 { right = String(p) + right.dropFirst() }
        }
        if rng.below(5) == 0 { left = left.uppercased() }
        if rng.below(5) == 0, let f = right.first { right = f.uppercased() + right.dropFirst() }
        left = punctuation[rng.below(punctuation.count)] + left
        right += punctuation[rng.below(punctuation.count)]
        if rng.below(8) == 0 { right = punctuation[rng.below(punctuation.count)] + right }
        if rng.below(8) == 0 { left += punctuation[rng.below(punctuation.count)] }
        return (left, right)
    }

    static func lexicon(_ rng: inout RNG) -> Lexicon {
        Lexicon(words: vocabulary.filter { _ in rng.below(4) != 0 } + ["zee", "egel", "noord", "holland"], identity: "test")
    }

    func testDecideOnBytesAgreesWithCharacters() {
        var rng = RNG(state: 1_206)
        var seen: [HyphenDecision: Int] = [:]
        for round in 0..<400 {
            let lexicon = Self.lexicon(&rng)
            let docWords = DocumentWords(lines: (0..<rng.below(4)).map { _ in Self.vocabulary[rng.below(Self.vocabulary.count)] })
            let d = Dehyphenator(lexicon: lexicon, documentWords: round % 2 == 0 ? [] : docWords)
            for _ in 0..<100 {
                let (left, right) = Self.randomPair(&rng)
                let soft = rng.below(10) == 0
                let got = d.decide(left: left, right: right, softHyphen: soft)
                XCTAssertEqual(got, Self.referenceDecide(d, left: left, right: right, softHyphen: soft), "\(left)|\(right)")
                seen[got, default: 0] += 1
            }
        }
        for decision in [HyphenDecision.join, .keepHyphen, .keepHyphenAndSpace] {
            XCTAssertGreaterThan(seen[decision] ?? 0, 1_000, "\(decision)")
        }
    }

    func testApplyOnBytesAgreesWithCharacters() {
        var rng = RNG(state: 61_202)
        let fillers = ["de", "Kamer", "", " ", "2019", "é", "–", "’s", "\u{0301}", "\r", "\u{0600}", "Ω", "a"]
        var changed = 0, trema = 0
        for _ in 0..<4_000 {
            let lexicon = Self.lexicon(&rng)
            var lines: [String] = []
            for _ in 0..<rng.below(6) {
                let (left, right) = Self.randomPair(&rng)
                var line = (0..<rng.below(3)).map { _ in fillers[rng.below(fillers.count)] }.joined(separator: " ")
                line += (line.isEmpty || rng.below(4) == 0 ? "" : " ") + left
                line += ["-", "-", "-", "\u{AD}", "- ", "-  ", ""][rng.below(7)]
                lines.append(line)
                if rng.below(6) == 0 { lines.append(["", " ", "  "][rng.below(3)]) }
                var next = [" ", "", "", ""][rng.below(4)] + right
                if rng.below(2) == 0 { next += " " + fillers[rng.below(fillers.count)] + " rest" }
                if rng.below(6) == 0 { next += ["  ", " \u{0301}", "\r"][rng.below(3)] }
                lines.append(next)
            }
            let d = Dehyphenator(lexicon: lexicon, documentWords: rng.below(2) == 0 ? [] : DocumentWords(lines: lines))
            let got = d.apply(lines: lines)
            XCTAssertEqual(got, Self.referenceApply(d, lines), lines.debugDescription)
            if got != lines { changed += 1 }
            if got.contains(where: { $0.contains("ö") || $0.contains("ë") || $0.contains("ï") }) { trema += 1 }
        }
        XCTAssertGreaterThan(changed, 2_000)
        XCTAssertGreaterThan(trema, 300)
    }

    /// ``Dehyphenator/decide(left:right:softHyphen:)`` as it was, on Characters.
    static func referenceDecide(_ d: Dehyphenator, left: String, right: String, softHyphen: Bool = false) -> HyphenDecision {
        let elisionWords: Set<String> = ["en", "of", "tot", "noch", "als", "en/of"]
        let keepPrefixes: Set<String> = ["ex", "oud", "niet", "non", "sint"]
        let vowels = Set("aeiouyAEIOUYáéíóúàèëïöüâêîôû")
        if softHyphen { return .join }
        let l = Dehyphenator.trimPunctuation(left), r = Dehyphenator.trimPunctuation(right)
        guard let rFirst = r.first, let lLast = l.last else { return .keepHyphen }
        if elisionWords.contains(r.lowercased()) { return .keepHyphenAndSpace }
        if rFirst.isUppercase || rFirst.isNumber || lLast.isNumber { return .keepHyphen }
        if l.count == 1 { return .keepHyphen }
        if l.count >= 2, l.allSatisfy({ $0.isUppercase || $0.isNumber }) { return .keepHyphen }
        let hyphenated = (l + "-" + r).lowercased()
        let joined = (l + r).lowercased()
        let joinedKnown = d.isWord(joined)
        if d.isWord(hyphenated) && !joinedKnown { return .keepHyphen }
        if joinedKnown { return .join }
        if let trema = Dehyphenator.withTrema(r), d.isWord((l + trema).lowercased()) { return .join }
        if keepPrefixes.contains(l.lowercased()) { return .keepHyphen }
        if let a = l.last, let b = r.first, vowels.contains(a), vowels.contains(b),
           l.count >= 4, r.count >= 4, d.isWord(l.lowercased()), d.isWord(r.lowercased()) {
            return .keepHyphen
        }
        return .join
    }

    /// ``Dehyphenator/apply(lines:)`` as it was: on Characters, with the reference decisions.
    static func referenceApply(_ d: Dehyphenator, _ lines: [String]) -> [String] {
        var lines = lines
        var i = 0
        while i < lines.count {
            var line = lines[i]
            while line.last == " " { line.removeLast() }
            guard let last = line.last, last == "-" || last == "\u{AD}" else { i += 1; continue }
            let soft = last == "\u{AD}"
            var j = i + 1
            while j < lines.count, lines[j].allSatisfy({ $0 == " " }) { j += 1 }
            let body = String(line.dropLast())
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
            switch referenceDecide(d, left: leftWord, right: rightWord, softHyphen: soft) {
            case .join:
                lines[i] = String(body.dropLast(leftWord.count)) + d.joined(left: leftWord, right: rightWord)
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
}

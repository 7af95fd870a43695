import Foundation
import XCTest
@testable import DutchText

/// Page furniture's byte paths and hand matching answer exactly as the former Character and
/// `NSRegularExpression` code (kept below as the reference), on seeded random lines built from
/// furniture fragments, digits, Dutch words, diacritics, non-Latin scalars, CR, tabs and separators.
final class RepairFurnitureFastPathTests: XCTestCase {
    typealias RNG = RepairPropertyTests.SplitMix64

    static let pieces: [String] = [
        "Tweede", "Eerste", " Kamer, vergaderjaar ", "Kamer", " Kamer der Staten-Generaal", "Staten-Generaal", "2022",
        "2023", "12", "1", "7", "12345", "123456", "12345678", "–", "—", "-", " ", " ", "  ", ",", ", ", "Aanhangsel",
        " Aanhangsel", "Vragen", "ISSN", "ISSN ", "0921", "7398", "739", "X", "x", "Handelingen der Staten-Generaal",
        "Vel 3 ", ".", "..", "...", "II", "l", "T", "'", "’", "‘", "`", "s-Gravenhage", "s Gravenhage", "Gravenhage",
        "Zitting ", "Deel IV ", "TWEEDE KAMER", "EERSTE", " KAMER", "AANHANGSEL TOT HET VERSLAG VAN DE HANDELINGEN DER ",
        "Aanhangsel tot het Verslag van de Handelingen der ", "ah-tk-", "kv-ek-", "20232024-", "h tk ", "h ek ", "Z",
        "Uitgeverij", "uitgeverij", "UITGEVERIJ", "Sdu ", "|", "·", "•", "^", "?", "!", "é", "ë", "\u{0301}", "٣",
        "\u{00A0}", "\u{2028}", "\u{0085}", "\r", "\t", "\u{00AD}", "\u{200B}", "😀", "\u{0600}", "한", "\u{212A}amer",
        "Kamerstuk", "nr.", "http", "www.", "de", "Vraag 1", "Antwoord", "ministerie", "Nederland", "a", "\u{0C}", "#", "1\u{0301}",
    ]

    func randomLine(_ rng: inout RNG, _ length: Int = 14) -> String {
        var s = ""
        for _ in 0..<rng.below(length) { s += Self.pieces[rng.below(Self.pieces.count)] }
        return s
    }

    /// Lines that mostly pass the pattern gate: a footer, an identifier or an ISSN line, with fragments
    /// around and inside it.
    func furnitureLine(_ rng: inout RNG) -> String {
        let skeletons = [
            ["Tweede Kamer, vergaderjaar ", "2022", "–", "2023", ", ", "Aanhangsel", " ", "12"],
            ["Handelingen der Staten-Generaal", ". ", "—", " ", "Zitting ", "1929", " — ", "1930", ".", " II", ".", " 'Aanhangsel", "."],
            ["ISSN", " ", "0921", " - ", "7398", " Sdu Uitgeverij", " Plantijnstraat"],
            ["ah-tk-", "20232024", "-", "123"], ["h tk ", "20232024", " ", "387"], ["’", "s-Gravenhage", ",", " 2024"],
            ["Deel IV ", "Zitting ", "1956", "—", "1957", " Aanhangsel"],
            ["AANHANGSEL TOT HET VERSLAG VAN DE HANDELINGEN DER ", "TWEEDE", " KAMER", "."],
            ["Tweede", " Kamer der Staten-Generaal", " ", "2"], ["Aanhangsel tot ", "het Verslag van de Handelingen der ", "Eerste Kamer"],
        ]
        var s = rng.below(3) == 0 ? randomLine(&rng, 5) : ""
        for part in skeletons[rng.below(skeletons.count)] {
            switch rng.below(12) {
            case 0: continue  // dropped
            case 1: s += Self.pieces[rng.below(Self.pieces.count)] + part
            case 2: s += String(part.dropLast())
            default: s += part
            }
        }
        return s + (rng.below(3) == 0 ? randomLine(&rng, 5) : "")
    }

    func testScanMatchesAsTheExpressions() {
        var rng = RNG(state: 2026_12_05)
        var scanned = 0, matched = 0
        for k in 0..<30_000 {
            let line = k % 3 == 0 ? randomLine(&rng) : furnitureLine(&rng)
            guard let scan = FurnitureScan(Substring(line)) else { continue }
            scanned += 1
            let ns = line as NSString, full = NSRange(location: 0, length: ns.length)
            func scalars(_ utf16: Int) -> Int {
                line.unicodeScalars.distance(from: line.startIndex, to: String.Index(utf16Offset: utf16, in: line))
            }
            let footer = PageFurniture.footerPrefix.firstMatch(in: line, range: full).map { scalars(NSMaxRange($0.range)) }
            XCTAssertEqual(scan.footerPrefixEnd(), footer, line.debugDescription)
            for (i, r) in PageFurniture.wholeLine.enumerated() {
                let m = r.firstMatch(in: line, range: full) != nil
                if m { matched += 1 }
                XCTAssertEqual(scan.matchesWholeLine(i), m, "\(i) \(line.debugDescription)")
            }
            for (i, r) in PageFurniture.embedded.enumerated() {
                let m = r.firstMatch(in: line, range: full).map { scalars($0.range.location)..<scalars(NSMaxRange($0.range)) }
                if m != nil { matched += 1 }
                XCTAssertEqual(scan.embeddedMatch(i), m, "\(i) \(line.debugDescription)")
            }
        }
        XCTAssertGreaterThan(scanned, 10_000)
        XCTAssertGreaterThan(matched, 2_000, "the expressions match often enough to compare extents")
    }

    func testClassifyAnswersAsTheRegexCode() {
        var rng = RNG(state: 77)
        var furniture = 0
        for k in 0..<30_000 {
            let line = k % 3 == 0 ? randomLine(&rng) : furnitureLine(&rng)
            let v = PageFurniture.classify(line)
            if v != .text { furniture += 1 }
            XCTAssertEqual(v, Reference.classify(line), line.debugDescription)
        }
        XCTAssertGreaterThan(furniture, 3_000)
    }

    func testRunningHeadsAndMasksAnswerAsTheCharacterCode() {
        var rng = RNG(state: 78)
        var recurringPages = 0
        for _ in 0..<3_000 {
            // A page-like list of lines, some repeated with other digits, so that lines recur.
            var lines: [String] = []
            for _ in 0..<rng.below(40) {
                if !lines.isEmpty, rng.below(3) == 0 {
                    let l = lines[rng.below(lines.count)]
                    lines.append(rng.below(2) == 0 ? l : String(l.map { $0.isASCII && $0.isNumber ? "7" : $0 }))
                } else {
                    lines.append(rng.below(2) == 0 ? randomLine(&rng, 20) : furnitureLine(&rng))
                }
            }
            let isHeading: (String) -> Bool = { $0.hasPrefix("Vraag") }
            let masks = PageFurniture.recurring(lines, isHeading: isHeading)
            XCTAssertEqual(masks, Reference.recurring(lines, isHeading: isHeading), lines.debugDescription)
            if !masks.isEmpty { recurringPages += 1 }
            let set = PageFurniture.RecurringMasks(masks)
            for l in lines {
                let t = FastText.trimSpaces(l)
                XCTAssertEqual(Array(t.utf8), Array(Reference.trimSpaces(l).utf8), l.debugDescription)
                XCTAssertEqual(PageFurniture.runningHeadHash(t), PageFurniture.slowRunningHeadHash(t), l.debugDescription)
                XCTAssertEqual(PageFurniture.maskHash(Substring(l)), PageFurniture.fnv1a(PageFurniture.slowMask(l).utf8))
                XCTAssertEqual(set.containsMask(of: l), masks.contains(PageFurniture.slowMask(l)), l.debugDescription)
            }
        }
        XCTAssertGreaterThan(recurringPages, 300, "lines recur often enough")
    }

    func testKeywordsAndMarkdownMarksAnswerAsTheSearchesTheyReplace() {
        var rng = RNG(state: 79)
        let marks = ["**", "#", "---", "__", "*", "-", "--", "_", "***", "----"]
        for k in 0..<20_000 {
            var line = k % 2 == 0 ? randomLine(&rng) : furnitureLine(&rng)
            for _ in 0..<rng.below(3) { line.insert(contentsOf: marks[rng.below(marks.count)], at: line.startIndex) }
            let bytes = Array(line.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer(PageFurniture.containsKeyword),
                           Reference.keywords.contains { FastText.contains(bytes, Array($0.utf8)) }, line.debugDescription)
            XCTAssertEqual(MarkdownArtifacts.marks(withBytesIn: line),
                           ["**", "#", "---", "__"].filter { FastText.contains(bytes, Array($0.utf8)) }, line.debugDescription)
        }
    }

    /// The code before the byte paths and hand matching.
    enum Reference {
        static let keywords = ["Kamer", "KAMER", "ISSN", "ah-", "kv-", "Gravenhage", "Aanhangsel", "AANHANGSEL",
                               "Zitting", "vergaderjaar", "h tk", "h ek", "Staten-Generaal"]
        static let anchoredLiterals = ["ah-", "kv-", "h tk ", "h ek ", "Tweede Kamer der", "Eerste Kamer der",
                                       "Aanhangsel tot ", "TWEEDE KAMER", "EERSTE KAMER"].map { Array($0.utf8) }
        static let innerLiterals = ["ISSN", "Gravenhage", "Zitting", "Kamer, vergaderjaar", "Handelingen der Staten",
                                    "AANHANGSEL TOT"].map { Array($0.utf8) }
        static let citationBytes = ["nr.", "Kamerstuk", "http", "www."].map { Array($0.utf8) }

        static func trimSpaces(_ s: String) -> Substring {
            var t = s[...]
            while let f = t.first, f == " " || f == "\t" { t = t.dropFirst() }
            while let l = t.last, l == " " || l == "\t" { t = t.dropLast() }
            return t
        }

        static func classify(_ line: String) -> PageFurniture.Verdict {
            let sub = trimSpaces(line)
            if sub.isEmpty { return .text }
            if sub == "Aanhangsel" || sub == "Aanhangsel van de Handelingen" { return .furniture }
            let bytes = Array(sub.utf8)
            guard keywords.contains(where: { FastText.contains(bytes, Array($0.utf8)) }) else { return .text }
            guard anchoredLiterals.contains(where: { bytes.starts(with: $0) })
                    || innerLiterals.contains(where: { FastText.contains(bytes, $0) }) else { return .text }
            let t = String(sub)
            let ns = t as NSString
            let full = NSRange(location: 0, length: ns.length)
            if let m = PageFurniture.footerPrefix.firstMatch(in: t, range: full) {
                let rest = ns.substring(from: m.range.location + m.range.length)
                    .trimmingCharacters(in: CharacterSet(charactersIn: " |·•"))
                if rest.isEmpty || classify(rest) == .furniture { return .furniture }
                return .gluedPrefix(rest)
            }
            for r in PageFurniture.wholeLine where r.firstMatch(in: t, range: full) != nil { return .furniture }
            for r in PageFurniture.embedded {
                guard let m = r.firstMatch(in: t, range: full) else { continue }
                let rest = (ns.substring(to: m.range.location) + " " + ns.substring(from: m.range.location + m.range.length))
                    .trimmingCharacters(in: CharacterSet(charactersIn: " |·•^"))
                if !rest.contains(where: \.isLetter) || classify(rest) == .furniture { return .furniture }
                return .gluedPrefix(rest)
            }
            return .text
        }

        static func recurring(_ lines: [String], minCount: Int = 3, isHeading: (String) -> Bool) -> Set<String> {
            var counts: [String: Int] = [:]
            var candidates: [(mask: String, line: Substring)] = []
            var rawCounts: [String: Int] = [:]
            for l in lines {
                let t = trimSpaces(l)
                let n = t.utf8.count
                guard n >= 12, n <= 300, !(t.first?.isNumber ?? true), !t.hasSuffix(".") else { continue }
                let bytes = Array(t.utf8)
                guard !citationBytes.contains(where: { FastText.contains(bytes, $0) }) else { continue }
                let c = bytes.allSatisfy({ $0 < 0x80 }) ? n : t.count
                guard c >= 12, c <= 100 else { continue }
                let m = PageFurniture.slowMask(String(t))
                rawCounts[m, default: 0] += 1
                candidates.append((m, t))
            }
            for (m, t) in candidates where rawCounts[m]! >= minCount && !isHeading(String(t)) {
                counts[m, default: 0] += 1
            }
            return Set(counts.filter { $0.value >= minCount }.map(\.key))
        }
    }
}

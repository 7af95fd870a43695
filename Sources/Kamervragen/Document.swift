/// One Kamervragen document as the parser understands it: metadata, numbered questions and answers,
/// footnotes, and what the parser was unsure of.
///
/// "Kamervragen" are the written questions of members of parliament and the government's answers,
/// published in the *Aanhangsel van de Handelingen* (the appendix to the parliamentary record).
/// The JSON form of this type (`kamervragen parse FILE --json`) is a contract that scripts rely on:
/// field names only ever get added, never renamed.
public struct Document: Codable, Sendable, Equatable {
    /// What kind of document this is.
    public var kind: DocumentKind
    /// The subject: the text after "over" or "inzake" in the header, up to the date.
    public var title: String?
    /// The members who asked, with their parties as written (`P.v.d.A.`, `VVD`).
    public var askers: [Person]
    /// Who the questions were addressed to, e.g. "Minister van Justitie en Veiligheid".
    public var addressees: [String]
    /// Who answered (or sent the notice), including those answering "mede namens" (on behalf of).
    public var answerers: [Official]
    /// Date the questions were submitted ("ingezonden"), ISO `YYYY-MM-DD`.
    public var submitted: String?
    /// Date the answer or notice was received ("ontvangen"), ISO `YYYY-MM-DD`.
    public var received: String?
    /// Identifiers found in the text: `ah-tk-20192020-123`, `kv-tk-2024Z18659`, zaak numbers `2024Z18294`,
    /// document numbers `2022D31072`, normalised (no inner spaces).
    public var identifiers: [String]
    public var questions: [Question]
    public var answers: [Answer]
    public var footnotes: [Footnote]
    /// For kind `notice`: the notice's own text (e.g. why the answer is delayed).
    public var notice: String?
    /// The whole repaired text. Always set; for kind `other` it is what gets indexed.
    public var text: String
    /// What the parser was unsure of. Never silently dropped.
    public var diagnostics: [Diagnostic]
    /// Running text the parser placed in no question, answer or notice: the header lines, clauses such
    /// as "Antwoord van …", a page's text before its first question set, lines after a `Toelichting`.
    /// Page furniture is not in it. Indexed as a unit of its own ("text not split"), so nothing is lost.
    public var unsplit: [String]
    /// The further question sets of a text that holds several (an OCR page of the Aanhangsel with sets
    /// 238 and 239): each a document of its own. The top-level object is the first set.
    public var sets: [Document]

    public init(kind: DocumentKind = .other, title: String? = nil, askers: [Person] = [],
                addressees: [String] = [], answerers: [Official] = [], submitted: String? = nil,
                received: String? = nil, identifiers: [String] = [], questions: [Question] = [],
                answers: [Answer] = [], footnotes: [Footnote] = [], notice: String? = nil,
                text: String = "", diagnostics: [Diagnostic] = [], unsplit: [String] = [],
                sets: [Document] = []) {
        self.kind = kind; self.title = title; self.askers = askers; self.addressees = addressees
        self.answerers = answerers; self.submitted = submitted; self.received = received
        self.identifiers = identifiers; self.questions = questions; self.answers = answers
        self.footnotes = footnotes; self.notice = notice; self.text = text; self.diagnostics = diagnostics
        self.unsplit = unsplit
        self.sets = sets
    }

    /// Decodes the JSON of any version: fields added later (`unsplit`, `sets`) may be absent.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(DocumentKind.self, forKey: .kind)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        askers = try c.decodeIfPresent([Person].self, forKey: .askers) ?? []
        addressees = try c.decodeIfPresent([String].self, forKey: .addressees) ?? []
        answerers = try c.decodeIfPresent([Official].self, forKey: .answerers) ?? []
        submitted = try c.decodeIfPresent(String.self, forKey: .submitted)
        received = try c.decodeIfPresent(String.self, forKey: .received)
        identifiers = try c.decodeIfPresent([String].self, forKey: .identifiers) ?? []
        questions = try c.decodeIfPresent([Question].self, forKey: .questions) ?? []
        answers = try c.decodeIfPresent([Answer].self, forKey: .answers) ?? []
        footnotes = try c.decodeIfPresent([Footnote].self, forKey: .footnotes) ?? []
        notice = try c.decodeIfPresent(String.self, forKey: .notice)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        diagnostics = try c.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
        unsplit = try c.decodeIfPresent([String].self, forKey: .unsplit) ?? []
        sets = try c.decodeIfPresent([Document].self, forKey: .sets) ?? []
    }

    /// This document and its further question sets, in text order.
    public var allSets: [Document] { [self] + sets }
}

/// The kinds of document the parser tells apart.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    /// Questions with the government's answers.
    case answers
    /// Questions not (yet) answered.
    case questions
    /// A *Mededeling* (notice): the answer is delayed, moved to another minister, or given by letter.
    case notice
    /// Not recognisably a Kamervragen document; kept whole so it stays searchable.
    case other
}

/// A member of parliament who asked.
public struct Person: Codable, Sendable, Hashable {
    public var name: String
    /// The party as written in the document (`PvdA`, `P.v.d.A.`), or nil when not given.
    public var party: String?
    public init(name: String, party: String? = nil) { self.name = name; self.party = party }
}

/// A member of government who answered, e.g. Minister Koolmees (Sociale Zaken en Werkgelegenheid).
public struct Official: Codable, Sendable, Hashable {
    public var name: String?
    /// `Minister`, `Staatssecretaris`, `Minister-President`, … when given.
    public var role: String?
    /// The ministry or portfolio, e.g. "Sociale Zaken en Werkgelegenheid".
    public var department: String?
    public init(name: String? = nil, role: String? = nil, department: String? = nil) {
        self.name = name; self.role = role; self.department = department
    }
}

/// One question block. `numbers` lists every question number the block covers (`Vraag 2 en 3` → [2, 3]);
/// it is empty for an unnumbered question.
public struct Question: Codable, Sendable, Equatable {
    public var numbers: [Int]
    public var text: String
    /// Numbers of the footnotes this block refers to (their markers were removed from `text`).
    public var footnoteNumbers: [Int]
    public init(numbers: [Int], text: String, footnoteNumbers: [Int] = []) {
        self.numbers = numbers; self.text = text; self.footnoteNumbers = footnoteNumbers
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        numbers = try c.decode([Int].self, forKey: .numbers)
        text = try c.decode(String.self, forKey: .text)
        footnoteNumbers = try c.decodeIfPresent([Int].self, forKey: .footnoteNumbers) ?? []
    }
}

/// One answer block, covering every question number in `numbers` (`Antwoord 2 t/m 6` → [2, 3, 4, 5, 6]).
public struct Answer: Codable, Sendable, Equatable {
    public var numbers: [Int]
    public var text: String
    /// Numbers of the footnotes this block refers to (their markers were removed from `text`).
    public var footnoteNumbers: [Int]
    public init(numbers: [Int], text: String, footnoteNumbers: [Int] = []) {
        self.numbers = numbers; self.text = text; self.footnoteNumbers = footnoteNumbers
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        numbers = try c.decode([Int].self, forKey: .numbers)
        text = try c.decode(String.self, forKey: .text)
        footnoteNumbers = try c.decodeIfPresent([Int].self, forKey: .footnoteNumbers) ?? []
    }
}

/// A footnote, detached from the running text.
public struct Footnote: Codable, Sendable, Equatable {
    public var number: Int
    public var text: String
    public init(number: Int, text: String) { self.number = number; self.text = text }
}

/// Something the parser was unsure of, e.g. "question 4 has no answer".
public struct Diagnostic: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable { case info, warning }
    public var severity: Severity
    public var message: String
    public init(_ severity: Severity, _ message: String) { self.severity = severity; self.message = message }
}

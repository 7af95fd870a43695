/// The unit of search: one answer together with the questions it covers.
///
/// A document with answers yields one pair per answer block (unnumbered questions and answers of equal
/// count pair up in order); questions that no answer covers
/// (and every question of an unanswered or notice document) yield a pair with an empty answer.
/// A document of kind `other` yields a single pair holding its whole text as the "question". Text the
/// parser placed in no question or answer (``Document/unsplit``) comes last, as one pair-like unit with
/// `isUnsplit` set ("text not split"), so that every word of the document is searchable.
public struct QAPair: Sendable, Equatable {
    /// The question numbers this pair covers, ascending; empty when unnumbered.
    public var numbers: [Int]
    public var question: String
    public var answer: String
    /// Numbers of the footnotes referred to from this pair's text (best effort).
    public var footnoteNumbers: [Int]
    /// Whether this unit holds text not split into questions and answers (in `question`).
    public var isUnsplit: Bool

    public init(numbers: [Int], question: String, answer: String, footnoteNumbers: [Int] = [],
                isUnsplit: Bool = false) {
        self.numbers = numbers; self.question = question; self.answer = answer
        self.footnoteNumbers = footnoteNumbers
        self.isUnsplit = isUnsplit
    }
}

extension Document {
    /// The question/answer pairs of this document, in document order, then the text not split.
    public var pairs: [QAPair] {
        if kind == .other || (questions.isEmpty && answers.isEmpty) {
            return [QAPair(numbers: [], question: text, answer: "", isUnsplit: true)]
        }
        var result = splitPairs
        let rest = unsplit.joined(separator: "\n")
        if !rest.isEmpty { result.append(QAPair(numbers: [], question: rest, answer: "", isUnsplit: true)) }
        return result
    }

    /// The question/answer pairs proper.
    private var splitPairs: [QAPair] {
        var result: [QAPair] = []
        if questions.count == answers.count, !answers.isEmpty,
           questions.allSatisfy({ $0.numbers.isEmpty }), answers.allSatisfy({ $0.numbers.isEmpty }) {
            // Unnumbered questions, each followed by its answer: pair them in order.
            return zip(questions, answers).map { q, a in
                QAPair(numbers: [], question: q.text, answer: a.text,
                       footnoteNumbers: Set(q.footnoteNumbers + a.footnoteNumbers).sorted())
            }
        }
        var covered = Set<Int>()
        var usedQuestion = Set<Int>()  // indexes into `questions`
        for answer in answers {
            let nums = Set(answer.numbers)
            var texts: [String] = []
            var notes = Set(answer.footnoteNumbers)
            for (i, q) in questions.enumerated() where !q.numbers.isEmpty && !nums.isDisjoint(with: q.numbers) {
                texts.append(q.text); usedQuestion.insert(i); notes.formUnion(q.footnoteNumbers)
            }
            if answer.numbers.isEmpty, texts.isEmpty, answers.count == 1, questions.count >= 1 {
                // One unnumbered answer to unnumbered question(s).
                for (i, q) in questions.enumerated() {
                    texts.append(q.text); usedQuestion.insert(i); notes.formUnion(q.footnoteNumbers)
                }
            }
            covered.formUnion(nums)
            result.append(QAPair(numbers: answer.numbers.sorted(), question: texts.joined(separator: "\n\n"),
                                 answer: answer.text, footnoteNumbers: notes.sorted()))
        }
        for (i, q) in questions.enumerated() where !usedQuestion.contains(i) {
            result.append(QAPair(numbers: q.numbers.sorted(), question: q.text, answer: "",
                                 footnoteNumbers: q.footnoteNumbers.sorted()))
        }
        return result
    }
}

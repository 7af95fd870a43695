/// The walk over a document's markers (``Segmenter/markers()``) that decides which of them start
/// questions, answers, the answer section and a notice. Its state is the phase of the document (header,
/// questions, answer section, notice, stopped), the last question and answer numbers, the block being
/// filled and the questions still without an answer; each kind of marker is one method.
struct SegmentMachine {
    enum Phase { case header, questions, answerSection, notice, stopped }

    /// A block whose end is not known yet.
    private struct OpenBlock {
        var isQuestion: Bool
        var numbers: [Int]
        var start: Int
        var heading: Int
    }

    private let segmenter: Segmenter
    private let markers: [Segmenter.Marker]
    /// Questions have `Vraag N` headings: bare numbers never start blocks.
    private let keywordQuestions: Bool
    /// Answers have `Antwoord` headings.
    private let keywordAnswers: Bool
    /// The document has an `Antwoord van …` clause.
    private let hasAnswerClause: Bool

    private var result: Segmenter.Result
    private var phase = Phase.header
    private var lastQuestion = 0, lastAnswer = 0
    private var current: OpenBlock?
    private var unanswered: [Int] = []
    private var clauseStart: Int?
    /// The walk stopped at an explanation (`Toelichting`), not at a further question set.
    private var stoppedAtExplanation = false

    init(_ segmenter: Segmenter, markers: [Segmenter.Marker]) {
        self.segmenter = segmenter
        self.markers = markers
        keywordQuestions = markers.contains { $0.kind == .question && !$0.numbers.isEmpty }
        keywordAnswers = markers.contains { $0.kind == .answer }
        hasAnswerClause = markers.contains { $0.kind == .answerSection }
        result = Segmenter.Result(headerEnd: segmenter.bytes.count)
        result.keywordQuestions = keywordQuestions
    }

    /// The blocks the markers give (before ``Segmenter``'s fallback for unnumbered documents).
    mutating func run() -> Segmenter.Result {
        for (index, marker) in markers.enumerated() {
            switch marker.kind {
            case .question: question(marker)
            case .answer: answer(marker)
            case .number: number(marker, at: index)
            case .answerSection: answerSection(marker)
            case .noticeSection: noticeSection(marker)
            case .stop, .newSet: stop(marker)
            }
        }
        close(at: segmenter.bytes.count)
        return result
    }

    // MARK: - Markers

    private mutating func question(_ m: Segmenter.Marker) {
        guard phase != .notice, phase != .stopped else { return }
        if !m.numbers.isEmpty || !keywordQuestions { startQuestion(m, m.numbers) }
    }

    private mutating func answer(_ m: Segmenter.Marker) {
        guard phase != .notice, phase != .stopped, phase != .header || !m.numbers.isEmpty || m.lineStart else { return }
        if phase == .header && m.numbers.isEmpty { return }
        startAnswer(m, m.numbers)
        if phase == .header { phase = .questions }
    }

    private mutating func number(_ m: Segmenter.Marker, at index: Int) {
        guard !keywordQuestions, let n = m.numbers.first else { return }
        switch phase {
        case .header:
            if n == 1 && m.lineStart { startQuestion(m, m.numbers) }
        case .questions:
            let inAnswer = current.map { !$0.isQuestion } ?? false
            if acceptable(index, n, expected: lastQuestion + 1) {
                if inAnswer && keywordAnswers && !nextStructuralIsAnswer(index) { return }
                if n != lastQuestion + 1 {
                    result.diagnostics.append(Diagnostic(.warning, "question \(lastQuestion + 1) not found: numbering jumps to \(n)"))
                }
                startQuestion(m, m.numbers)
            } else if n == 1, m.lineStart, lastQuestion >= 2, result.answers.isEmpty, !inAnswer, !keywordAnswers, hasAnswerClause {
                // Numbering restarts in a document that announces answers: all questions first, then all
                // answers. (Without an answer clause a restart is a list inside a question.)
                phase = .answerSection
                startAnswer(m, m.numbers)
            }
        case .answerSection:
            if acceptable(index, n, expected: lastAnswer + 1), n <= max(lastQuestion, 1) + 2 {
                startAnswer(m, m.numbers)
            } else if n < lastAnswer, m.numbers.allSatisfy(unanswered.contains) {
                // An answer left out of a combined one before it (`1, 2 en 4 Ja. 3 Neen.`).
                startAnswer(m, m.numbers)
            }
        default:
            return
        }
    }

    private mutating func answerSection(_ m: Segmenter.Marker) {
        result.hasAnswerClause = true
        if phase == .header {
            // After question text without numbers, numbers are the answers': the blocks are left to the
            // fallback for unnumbered documents (one question, one answer).
            if segmenter.questionTextBefore(m.start) { phase = .stopped }
            return  // otherwise part of the header text
        }
        // An explanation (`Toelichting`) between the questions and the answer section: the answers follow.
        if phase == .stopped, stoppedAtExplanation, result.answers.isEmpty { phase = .questions }
        guard phase == .questions || phase == .answerSection else { return }
        close(at: m.start)
        if result.answers.isEmpty { phase = .answerSection }
        clauseStart = m.start
    }

    private mutating func noticeSection(_ m: Segmenter.Marker) {
        result.hasNoticeMarker = true
        let isClause = ["Mededeling van", "MEDEDELING van", "MEDEDELING VAN"].contains { segmenter.hasPrefix($0, at: m.start) }
        // The modern header names the notice's author (`Mededeling van …`) before the questions: part of
        // the header text. Older pages put `MEDEDELING van …` after the questions, heading the notice.
        if phase == .header && isClause && !segmenter.hasPrefix("MEDEDELING van", at: m.start) { return }
        if phase == .header { result.headerEnd = m.start }
        guard phase != .stopped else { return }
        if phase != .notice {
            close(at: m.start)
            phase = .notice
            // `MEDEDELING van … (Ingezonden …)` after the questions: a clause like the answer's, whose
            // line is the notice's heading (``Segmenter/segment()`` starts the notice after it).
            result.notice = (isClause ? m.start : m.contentStart)..<segmenter.bytes.count
            if isClause { result.clauses.append(m.start..<segmenter.lineEnd(m.start)) }
        } else if isClause {
            result.clauses.append(m.start..<segmenter.lineEnd(m.start))
        }
    }

    private mutating func stop(_ m: Segmenter.Marker) {
        // A further set after an answer clause while no block has started: the first set's question and
        // answer are unnumbered (older pages); the set ends here.
        if phase == .header, m.kind == .newSet, result.hasAnswerClause, result.nextSetStart == nil {
            result.nextSetStart = m.start
            phase = .stopped
            return
        }
        guard phase != .header else { return }
        if m.kind == .newSet, result.nextSetStart == nil { result.nextSetStart = m.start }
        if m.kind == .newSet { stoppedAtExplanation = false }
        guard phase != .stopped else { return }
        stoppedAtExplanation = m.kind == .stop
        close(at: m.start)
        if let n = result.notice { result.notice = n.lowerBound..<m.start }
        phase = .stopped
    }

    // MARK: - Blocks

    private mutating func close(at position: Int) {
        if let c = current {
            let block = Segmenter.Block(numbers: c.numbers, start: c.start, end: position, headingStart: c.heading)
            if c.isQuestion { result.questions.append(block) } else { result.answers.append(block) }
        }
        current = nil
        if let s = clauseStart { result.clauses.append(s..<position); clauseStart = nil }
    }

    private mutating func startQuestion(_ m: Segmenter.Marker, _ numbers: [Int]) {
        close(at: m.start)
        if phase == .header { result.headerEnd = m.start }
        phase = .questions
        current = OpenBlock(isQuestion: true, numbers: numbers, start: m.contentStart, heading: m.start)
        if let mx = numbers.max() { lastQuestion = max(lastQuestion, mx) }
        unanswered.append(contentsOf: numbers)
    }

    private mutating func startAnswer(_ m: Segmenter.Marker, _ numbers: [Int]) {
        close(at: m.start)
        if phase == .header { result.headerEnd = m.start }
        let n = numbers.isEmpty ? unanswered : numbers
        current = OpenBlock(isQuestion: false, numbers: n, start: m.contentStart, heading: m.start)
        if let mx = n.max() { lastAnswer = max(lastAnswer, mx) }
        unanswered.removeAll { n.contains($0) }
    }

    // MARK: - Look-ahead

    /// Whether a number marker `n` appears later (before the next section marker).
    private func existsLater(_ index: Int, _ n: Int) -> Bool {
        // Bounded look-ahead keeps pathological inputs linear.
        for k in (index + 1)..<min(markers.count, index + 2000) {
            let m = markers[k]
            if m.kind == .answerSection || m.kind == .noticeSection || m.kind == .stop || m.kind == .newSet { return false }
            if m.kind == .number, m.numbers.first == n { return true }
        }
        return false
    }

    /// Whether number `n` may be the next block when `expected` is: it is, or it skips at most two at a
    /// line start while `expected` itself never comes.
    private func acceptable(_ index: Int, _ n: Int, expected: Int) -> Bool {
        if n == expected { return true }
        return n > expected && n <= expected + 2 && markers[index].lineStart && !existsLater(index, expected)
    }

    /// In documents whose answers have `Antwoord` headings, a number inside an answer starts the next
    /// question only when the next structural marker is an answer heading. Further questions in sequence
    /// may come first (`2. …` `3. …` then `Antwoord op vraag 2 en 3`).
    private func nextStructuralIsAnswer(_ index: Int) -> Bool {
        var expected = (markers[index].numbers.last ?? 0) + 1
        for k in (index + 1)..<min(markers.count, index + 2000) {
            let m = markers[k]
            switch m.kind {
            case .answer: return true
            case .number:
                guard m.lineStart else { continue }
                guard m.numbers.first == expected else { return false }
                expected = (m.numbers.last ?? expected) + 1
            default: return false
            }
        }
        return true
    }
}

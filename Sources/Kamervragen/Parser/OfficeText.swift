/// The text of an office file (Word, OpenDocument) for the parser: paragraphs a line each with a blank
/// line between, list numbers put back, footnotes apart and their references left as number markers
/// after the word they follow (as PDF text has them), so the same parser places them.
struct OfficeText {
    var text: String
    var footnotes: [Footnote]
    /// The numbers of the footnote references in the text.
    var references: Set<Int>
}

/// Whether a PDF's text layer (from `pdftotext`) carries its text, or the PDF is a scan: no text, or
/// almost none (a stamp, a page number), fewer than ``minimumLettersPerPage`` letters on an average page.
/// A page of Kamervragen holds well over a thousand letters; a three-line notice still holds a hundred.
enum TextLayer {
    static let minimumLettersPerPage = 50

    /// The number of pages when `text` is no usable text layer; nil when it is. Pages are counted by the
    /// form feeds that `pdftotext` ends each page with.
    static func scannedPages(_ text: String) -> Int? {
        var letters = 0, pages = 0
        for scalar in text.unicodeScalars {
            if scalar == "\u{0C}" { pages += 1 } else if scalar.properties.isAlphabetic { letters += 1 }
        }
        pages = max(1, pages)
        return letters < minimumLettersPerPage * pages ? pages : nil
    }
}

import SearchIndex
import XCTest

/// One escaping for the web page and the Atom feeds.
final class MarkupEscapingTests: XCTestCase {
    func testEntitiesAndDroppedCharacters() {
        XCTAssertEqual(MarkupEscaping.escape(#"<a href="x">Tom & Jerry's</a>"#),
                       "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        XCTAssertEqual(MarkupEscaping.escape("a\u{0}b\u{7F}c\u{FFFE}d\u{1B}e"), "abcde", "no control characters")
        XCTAssertEqual(MarkupEscaping.escape("regel\n\tcoördinator 🇳🇱"), "regel\n\tcoördinator 🇳🇱")
        XCTAssertEqual(AtomFeed.escape("a < b"), MarkupEscaping.escape("a < b"))
    }
}

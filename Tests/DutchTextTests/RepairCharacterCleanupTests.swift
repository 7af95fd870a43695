import XCTest
@testable import DutchText

final class RepairCharacterCleanupTests: XCTestCase {
    func testLigaturesAndIJBecomeLetters() {
        XCTAssertEqual(CharacterCleanup.clean("\u{FB01}nanciële \u{FB02}exibel e\u{FB00}ect \u{0133}sselmeer \u{0132}MUIDEN"),
                       "financiële flexibel effect ijsselmeer IJMUIDEN")
    }

    func testOddSpacesAndZeroWidthCharacters() {
        XCTAssertEqual(CharacterCleanup.clean("a\u{00A0}b\u{2009}c\u{200B}d\u{FEFF}e\tf"), "a b cde f")
    }

    func testSoftHyphenKeptOnlyAtLineEnd() {
        XCTAssertEqual(CharacterCleanup.clean("onaf\u{AD}hanke\u{AD}lijke be\u{AD}\ndrijven"), "onafhankelijke be\u{AD}\ndrijven")
        XCTAssertEqual(CharacterCleanup.clean("be\u{AD}  \nx"), "be\u{AD}  \nx")
    }

    func testLineEndsBecomeLineFeeds() {
        XCTAssertEqual(CharacterCleanup.clean("a\r\nb\rc\nd\u{0C}e"), "a\nb\nc\nd\u{0C}e")
    }

    func testUnicodeHyphensBecomeAscii() {
        XCTAssertEqual(CharacterCleanup.clean("Noord\u{2010}Holland F\u{2011}35"), "Noord-Holland F-35")
    }

    func testNFCAndSuperscriptsKept() {
        // Decomposed ë becomes one scalar; a superscript is not folded to a digit (NFKC would).
        let out = CharacterCleanup.clean("financie\u{0308}le Nederland¹")
        XCTAssertEqual(out, "financiële Nederland¹")
        XCTAssertEqual(out.unicodeScalars.count, "financiële Nederland¹".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    func testControlCharactersBecomeSpaces() {
        XCTAssertEqual(CharacterCleanup.clean("a\u{01}b\u{7F}c"), "a b c")
    }
}

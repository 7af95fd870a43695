import XCTest
final class SIPlaceholderTests: XCTestCase { func testNothingYet() {} }

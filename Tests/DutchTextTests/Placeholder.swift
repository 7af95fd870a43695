import XCTest
final class DTPlaceholderTests: XCTestCase { func testNothingYet() {} }

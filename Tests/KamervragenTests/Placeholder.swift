import XCTest
final class KVPlaceholderTests: XCTestCase { func testNothingYet() {} }

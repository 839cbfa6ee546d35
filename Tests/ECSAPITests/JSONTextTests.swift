@testable import ECSAPI
import ECSModel
import Testing

/// The JSON the server writes: escapes where JSON needs them, everything else byte for byte.
@Suite
struct JSONTextTests {
    @Test func escapesQuotesBackslashesAndControlCharactersAndKeepsNonASCII() throws {
        let text = "q\"b\\n\nr\rt\tb\u{08}f\u{0C}x\u{01}é😀"
        let value = JSONValue.object([.init("k\"ey", .string(text)), .init("plain", .string("arn:aws:ecs:us-east-1:1:task/prod/ab"))])
        #expect(value.compactText
            == #"{"k\"ey":"q\"b\\n\nr\rt\tb\bf\fx\u0001é😀","plain":"arn:aws:ecs:us-east-1:1:task/prod/ab"}"#)
        #expect(value.compactUTF8 == Array(value.compactText.utf8))
        #expect(JSONValue.quoted(text) == JSONValue.string(text).scalarText)
        #expect(try JSONParser.parse(value.compactUTF8) == value, "what is written reads back the same")
    }

    @Test func arnsGiveTheirLastPathComponent() {
        #expect("arn:aws:ecs:us-east-1:123456789012:task/prod/3f9a".arnResourceID == "3f9a")
        #expect("3f9a".arnResourceID == "3f9a")
        #expect("arn:aws:ecs:us-east-1:123456789012:cluster/prod".arnResourceID == "prod")
    }
}

@testable import ECSAPI
import ECSModel
import Testing

@Suite
struct JSONParserTests {
    @Test func readsEveryKindOfValueWithItsType() throws {
        let value = try JSONParser.parse(Array(#" {"a":[1,-2,2.5,1e3,true,false,null],"s":"q\"\u00e9\ud83d\ude00\n"} "#.utf8))
        #expect(value["a"] == .array([.integer(1), .integer(-2), .double(2.5), .double(1000), .bool(true), .bool(false), .null]))
        #expect(value["s"] == .string("q\"é😀\n"))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "tru", "01x", "\"\u{01}\"", String(repeating: "[", count: 100)])
    func refusesWhatIsNotJSON(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(text.utf8)) }
    }
}

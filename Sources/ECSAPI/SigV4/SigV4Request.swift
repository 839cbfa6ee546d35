import Foundation

/// The parts of an HTTP request that SigV4 signs: what a client sends and a server receives.
public struct SigV4Request: Hashable, Sendable {
    /// A header or query parameter. Kept as a list, not a dictionary: both may repeat and keep their order.
    public struct Field: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var method: String
    /// The path as it appears on the wire (already percent-encoded where needed).
    public var path: String
    /// Query parameters, not percent-encoded: canonicalization encodes them.
    public var query: [Field]
    /// Must include `Host`: it is signed.
    public var headers: [Field]
    public var body: Data

    public init(method: String, path: String = "/", query: [Field] = [], headers: [Field], body: Data = Data()) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// A request as a server reads it: `target` is the request line's path with its raw query string.
    public init(method: String, target: String, headers: [Field], body: Data = Data()) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let rawQuery = parts.count > 1 ? String(parts[1]) : ""
        self.init(
            method: method, path: String(parts[0]), query: SigV4Request.decodeQuery(rawQuery), headers: headers,
            body: body
        )
    }

    /// Splits a raw query string into decoded parameters; a name without `=` has an empty value. `+` is a
    /// space, as in the form encoding botocore (Python's `urlencode`) sends; a real plus comes as `%2B`.
    public static func decodeQuery(_ raw: String) -> [Field] {
        raw.split(separator: "&").map { pair in
            let nameAndValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return Field(decode(nameAndValue[0]), nameAndValue.count > 1 ? decode(nameAndValue[1]) : "")
        }
    }

    /// The first value of a header, matched case-insensitively as HTTP does.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// Removes every header with this name (any case).
    public mutating func removeHeader(_ name: String) {
        let lowered = name.lowercased()
        headers.removeAll { $0.name.lowercased() == lowered }
    }
}

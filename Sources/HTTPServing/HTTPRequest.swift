/// One HTTP/1.1 request as the server read it, its body whole (Content-Length or chunked).
public struct HTTPRequest: Sendable {
    public var method: String
    public var path: String
    /// Keyed by lowercased name; a repeated header keeps its last value.
    public var headers: [String: String]
    public var body: [UInt8]
    /// `HTTP/1.1` or `HTTP/1.0`, from the request line.
    public var version: String

    public init(method: String, path: String, headers: [String: String], body: [UInt8], version: String = "HTTP/1.1") {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
        self.version = version
    }
}

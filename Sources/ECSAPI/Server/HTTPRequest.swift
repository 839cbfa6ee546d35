/// One HTTP/1.1 request as the server read it.
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

    /// HTTP/1.1 keeps the connection unless told to close it; HTTP/1.0 closes it unless told to keep it.
    var keepsAlive: Bool {
        let connection = headers["connection"]?.lowercased()
        return version == "HTTP/1.0" ? connection == "keep-alive" : connection != "close"
    }
}

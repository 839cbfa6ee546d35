/// What one connection may cost the server: sizes refused with an error the client reads, and times
/// after which the connection is closed.
public struct HTTPServerLimits: Sendable {
    /// The request line and headers together.
    public var maximumHeaderBytes = 64 * 1024
    public var maximumBodyBytes = 16 * 1024 * 1024
    /// How long a kept-alive connection may wait for the first byte of its next request.
    public var idleTimeout: Duration = .seconds(60)
    /// From a request's first byte to its answer written: a client that drips its request slower is cut
    /// off, and a refused request's remaining bytes are read and dropped for no longer than this.
    public var requestDeadline: Duration = .seconds(30)

    public init() {}

    public init(maximumHeaderBytes: Int, maximumBodyBytes: Int, idleTimeout: Duration, requestDeadline: Duration) {
        self.maximumHeaderBytes = maximumHeaderBytes
        self.maximumBodyBytes = maximumBodyBytes
        self.idleTimeout = idleTimeout
        self.requestDeadline = requestDeadline
    }
}

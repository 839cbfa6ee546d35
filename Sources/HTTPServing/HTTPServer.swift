import NIOCore
import NIOHTTP1
import NIOPosix
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP/1.1 server on SwiftNIO's event loops: keep-alive and pipelining (answers in order), chunked
/// request bodies, `Expect: 100-continue`, the sizes and times of `HTTPServerLimits`. Every request goes
/// to one handler, which routes it (by `X-Amz-Target` for the AWS JSON services). The handler runs on
/// the connection's event loop, so it must be quick: take a lock, copy a snapshot, answer.
///
/// Out of file descriptors, accepting pauses for a moment and then carries on (NIO's accept back-off),
/// rather than failing for good.
public final class HTTPServer: Sendable {
    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    /// The port bound, the one the system chose when asked for 0.
    public let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let listener: any Channel

    /// Binds and listens at once, so that a port in use is an error here, before anything is served;
    /// connections wait in the backlog until `start()`. The event loop threads start here too, with
    /// the signal mask of the calling thread.
    public init(
        host: String, port: Int, limits: HTTPServerLimits = HTTPServerLimits(), handler: @escaping Handler
    ) throws(StartFailure) {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(.autoRead, value: false)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    var decoderLimits = NIOHTTPDecoderLimitConfiguration()
                    decoderLimits.maxHeaderFieldSize = limits.maximumHeaderBytes
                    decoderLimits.maxHeaderListSize = limits.maximumHeaderBytes
                    let operations = channel.pipeline.syncOperations
                    try operations.addHandler(ConnectionGuard(limits: limits))
                    try operations.addHandler(HTTPResponseEncoder())
                    try operations.addHandler(ByteToMessageHandler(HTTPRequestDecoder(
                        leftOverBytesStrategy: .dropBytes, informationalResponseStrategy: .drop, limitConfiguration: decoderLimits)))
                    try operations.addHandler(HTTPServerPipelineHandler())
                    try operations.addHandler(RequestExchange(limits: limits, handler: handler))
                }
            }
        do {
            listener = try bootstrap.bind(host: host, port: port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            if let error = error as? IOError, error.errnoCode == EADDRINUSE {
                throw StartFailure(description: "port \(port) on \(host) is already in use")
            }
            throw StartFailure(description: "cannot listen on \(host) port \(port): \(error)")
        }
        self.group = group
        self.port = listener.localAddress?.port ?? port
    }

    /// Starts accepting connections.
    public func start() {
        listener.setOption(ChannelOptions.autoRead, value: true).whenComplete { _ in }
    }

    /// Stops accepting and closes every connection.
    public func stop() {
        try? listener.close().wait()
        try? group.syncShutdownGracefully()
    }
}

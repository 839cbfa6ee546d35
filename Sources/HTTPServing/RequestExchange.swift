import NIOCore
import NIOHTTP1

/// The last handler of every connection: assembles each request from its parts, checks it against the
/// limits, hands it to the server's handler and writes the answer. It runs on the connection's event
/// loop, one request at a time, so pipelined requests are answered in the order they came.
final class RequestExchange: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let handler: HTTPServer.Handler
    private let limits: HTTPServerLimits
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var refused = false

    init(limits: HTTPServerLimits, handler: @escaping HTTPServer.Handler) {
        self.limits = limits
        self.handler = handler
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        switch unwrapInboundIn(data) {
        case .head(let head):
            if let length = head.headers.first(name: "content-length").flatMap(Int.init), length > limits.maximumBodyBytes {
                refuse(.awsError(status: 413, type: "RequestEntityTooLargeException", message: tooLarge), context: context)
                return
            }
            self.head = head
            body = []
            // Clients that ask wait (curl a second) before sending the body; an answer now lets them go on.
            if head.headers[canonicalForm: "expect"].contains(where: { $0.lowercased() == "100-continue" }) {
                context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .continue))), promise: nil)
            }
        case .body(let chunk):
            guard body.count + chunk.readableBytes <= limits.maximumBodyBytes else {
                refuse(.awsError(status: 413, type: "RequestEntityTooLargeException", message: tooLarge), context: context)
                return
            }
            body.append(contentsOf: chunk.readableBytesView)
        case .end:
            guard let head else { return }
            self.head = nil
            let request = HTTPRequest(
                method: head.method.rawValue, path: head.uri, headers: Self.headers(head.headers),
                body: body, version: head.version == .http1_0 ? "HTTP/1.0" : "HTTP/1.1")
            body = []
            answer(handler(request), keepAlive: head.isKeepAlive, context: context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let error = error as? HTTPParserError {
            refuse(.awsError(status: 400, type: "SerializationException", message: Self.message(error)), context: context)
        } else if refused, error is ByteToMessageDecoderError {
            return  // the decoder refusing what follows its first error
        } else {
            context.close(promise: nil)
        }
    }

    private var tooLarge: String { "The request body is larger than \(limits.maximumBodyBytes) bytes." }

    private func answer(_ response: HTTPResponse, keepAlive: Bool, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(response.headers)
        headers.add(name: "Content-Length", value: String(response.body.count))
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !response.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: response.body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { result in
            guard case .success = result, keepAlive else {
                context.close(promise: nil)
                return
            }
            context.triggerUserOutboundEvent(ConnectionGuard.Event.answered, promise: nil)
        }
    }

    private func refuse(_ response: HTTPResponse, context: ChannelHandlerContext) {
        refused = true
        head = nil
        body = []
        context.triggerUserOutboundEvent(ConnectionGuard.Event.refuse(response), promise: nil)
    }

    private static func headers(_ headers: HTTPHeaders) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in headers { result[name.lowercased()] = value }
        return result
    }

    private static func message(_ error: HTTPParserError) -> String {
        switch error {
        case .headerOverflow: "The request line and headers are too long."
        case .unexpectedContentLength: "The request's Content-Length headers disagree, or come with chunked encoding."
        case .invalidContentLength: "Invalid Content-Length."
        case .invalidChunkSize: "Invalid chunk size in a chunked body."
        default: "Not an HTTP/1.1 request the server can read (\(error))."
        }
    }
}

import NIOCore

/// The first handler of every connection, below the HTTP codec: it sees the raw bytes, so it can time a
/// request from its first byte (a client dripping its headers never completes a head), and it answers
/// what the layers above refuse.
///
/// A refusal is written as bytes, then the output is half-closed and whatever the client still sends is
/// read and dropped until it closes or the deadline passes. Closing at once, with the client's bytes
/// unread, would make the kernel send a reset that clients (Python's http.client under boto3) report
/// instead of the answer, and a client blocked sending its body would never read the answer at all.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = IOData
    typealias OutboundOut = IOData

    /// Sent by the handlers above, as user outbound events.
    enum Event {
        /// A response was written whole: the connection waits for the next request.
        case answered
        /// Answer this and stop reading requests: the connection ends after it.
        case refuse(HTTPResponse)
    }

    private enum Phase {
        case awaitingRequest
        case receiving
        case draining
    }

    private let limits: HTTPServerLimits
    private var phase = Phase.awaitingRequest
    private var timer: Scheduled<Void>?

    init(limits: HTTPServerLimits) {
        self.limits = limits
    }

    func channelActive(context: ChannelHandlerContext) {
        closeAfter(limits.idleTimeout, context: context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch phase {
        case .draining:
            return
        case .awaitingRequest:
            phase = .receiving
            closeAfter(limits.requestDeadline, context: context)
        case .receiving:
            break
        }
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        guard case .draining = phase else {
            context.fireChannelReadComplete()
            return
        }
        // The handlers above hold back reads while a request is unanswered; draining reads regardless.
        context.read()
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard let event = event as? Event else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        switch (event, phase) {
        case (_, .draining):
            break
        case (.answered, _):
            phase = .awaitingRequest
            closeAfter(limits.idleTimeout, context: context)
        case (.refuse(let response), _):
            phase = .draining
            closeAfter(limits.requestDeadline, context: context)
            let bytes = context.channel.allocator.buffer(bytes: response.serialized(keepAlive: false))
            context.writeAndFlush(wrapOutboundOut(.byteBuffer(bytes))).assumeIsolated().whenComplete { result in
                switch result {
                case .success: context.close(mode: .output, promise: nil)
                case .failure: context.close(promise: nil)
                }
            }
            context.read()
        }
        promise?.succeed(())
    }

    /// Replaces the pending timer: the connection closes after `duration` unless something resets it.
    private func closeAfter(_ duration: Duration, context: ChannelHandlerContext) {
        timer?.cancel()
        timer = context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(duration)) {
            context.close(promise: nil)
        }
    }
}

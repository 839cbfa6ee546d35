import ECSModel

/// What a service answers: an HTTP status and a JSON body, AWS JSON 1.1 style.
public struct ECSResponse: Hashable, Sendable {
    public var status: Int
    public var bytes: [UInt8]

    public init(status: Int, bytes: [UInt8]) {
        self.status = status
        self.bytes = bytes
    }

    public init(status: Int, body: String) {
        self.init(status: status, bytes: Array(body.utf8))
    }

    public var body: String { String(decoding: bytes, as: UTF8.self) }

    /// The AWS error shape: HTTP 400 with `__type` and `message`, which botocore turns into the
    /// exception's name and text.
    public static func failure(_ error: ECSError) -> ECSResponse {
        let body = JSONValue.object([.init("__type", .string(error.type)), .init("message", .string(error.message))])
        return ECSResponse(status: 400, bytes: body.compactUTF8)
    }
}

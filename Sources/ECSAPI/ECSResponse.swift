import ECSModel

/// What the router answers: an HTTP status and a JSON body, AWS JSON 1.1 style.
public struct ECSResponse: Hashable, Sendable {
    public var status: Int
    public var body: String

    public init(status: Int, body: String) {
        self.status = status
        self.body = body
    }

    public static func success(_ value: JSONValue) -> ECSResponse { ECSResponse(status: 200, body: value.compactText) }

    /// The AWS error shape: HTTP 400 with `__type` and `message`, which botocore turns into the
    /// exception's name and text.
    public static func failure(_ error: ECSError) -> ECSResponse {
        let body = JSONValue.object([.init("__type", .string(error.type)), .init("message", .string(error.message))])
        return ECSResponse(status: 400, body: body.compactText)
    }
}

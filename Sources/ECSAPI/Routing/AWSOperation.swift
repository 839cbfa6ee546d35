import AWSWire
import ECSModel

/// One operation a service answers, declared once: its name, whether it changes state (refused under
/// `--read-only`), and its handler, typed by the operation's generated input and output shapes. The
/// body is decoded into the input shape and the handler's output encoded here, so a handler sees
/// typed values only.
public struct AWSOperation<Handler: Sendable>: Sendable {
    public let name: String
    public let changesState: Bool
    /// The largest body the operation takes, and the error that refuses a larger one before it is read.
    let bodyLimit: (bytes: Int, refusal: @Sendable (Int) -> ECSError)?
    let answer: @Sendable (Handler, [UInt8]) throws(ECSError) -> [UInt8]

    /// An operation that only reads.
    public static func reading<Input: Decodable & Sendable, Output: Encodable & Sendable>(
        _ name: String, _ handler: @escaping @Sendable (Handler) -> (Input) throws(ECSError) -> Output
    ) -> AWSOperation {
        AWSOperation(name: name, changesState: false, bodyLimit: nil, answer: typed(handler))
    }

    /// An operation that changes state; `bodyLimit` refuses larger bodies with the error it makes of
    /// the body's length.
    public static func changing<Input: Decodable & Sendable, Output: Encodable & Sendable>(
        _ name: String, bodyLimit: (bytes: Int, refusal: @Sendable (Int) -> ECSError)? = nil,
        _ handler: @escaping @Sendable (Handler) -> (Input) throws(ECSError) -> Output
    ) -> AWSOperation {
        AWSOperation(name: name, changesState: true, bodyLimit: bodyLimit, answer: typed(handler))
    }

    private static func typed<Input: Decodable & Sendable, Output: Encodable & Sendable>(
        _ handler: @escaping @Sendable (Handler) -> (Input) throws(ECSError) -> Output
    ) -> @Sendable (Handler, [UInt8]) throws(ECSError) -> [UInt8] {
        { (target: Handler, body: [UInt8]) throws(ECSError) -> [UInt8] in
            let input = try RequestBody.decode(Input.self, from: body)
            let output = try handler(target)(input)
            do {
                return try ShapeJSONEncoder().encode(output)
            } catch {
                throw ECSError("ServerException", "The answer could not be written: \(error).")
            }
        }
    }
}

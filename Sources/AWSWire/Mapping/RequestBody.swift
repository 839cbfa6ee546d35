import ECSModel
import Foundation

/// A request body read into its generated input shape, with the exceptions AWS answers: malformed JSON
/// and a member of the wrong type (a number where a boolean belongs: ECS does not take `1` for `true`)
/// are SerializationExceptions naming the member.
public enum RequestBody {
    public static func decode<Shape: Decodable>(_ type: Shape.Type, from body: [UInt8]) throws(ECSError) -> Shape {
        // Botocore sends `{}` for an operation without input; an empty body means the same.
        let text = body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } ? Array("{}".utf8) : body
        do {
            return try AWSJSONCoding.decoder().decode(type, from: Data(text))
        } catch let error as DecodingError {
            throw ECSError("SerializationException", message(error))
        } catch {
            throw ECSError("SerializationException", "The request body could not be read: \(error).")
        }
    }

    static func message(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            guard !context.codingPath.isEmpty else { return "The request body must be a JSON object." }
            return "Member \(path(context.codingPath)) must be \(expectation(type))."
        case .valueNotFound(let type, let context):
            return "Member \(path(context.codingPath)) must be \(expectation(type)), not null."
        case .keyNotFound(let key, let context):
            return "Member \(path(context.codingPath + [key])) is missing."
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else {
                return "The request body is not valid JSON: \(context.debugDescription)"
            }
            return "Member \(path(context.codingPath)) is not valid: \(context.debugDescription)"
        @unknown default:
            return "The request body could not be read."
        }
    }

    /// `containerDefinitions[0].portMappings[1].hostPort`, as the member is reached.
    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == "\(index)" {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func expectation(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: "a boolean"
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Int32.Type: "an integer"
        case is Double.Type, is Float.Type: "a number"
        case is Date.Type: "a timestamp (epoch seconds)"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : (String(describing: type).hasPrefix("Dictionary") ? "a map" : "a structure")
        }
    }
}

import Foundation

/// JSON coders for the ECS wire format (AWS JSON 1.1): timestamps are epoch seconds, possibly
/// fractional, where Foundation's default would count from 2001.
public enum AWSJSONCoding {
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }

    /// Sorted keys, so the same value always makes the same bytes (and the same SigV4 payload hash).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

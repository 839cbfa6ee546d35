import Foundation

/// `nextToken` of the List* operations: an offset into the sorted list, base64 so that clients treat it
/// as opaque. A token from another listing still reads as an offset; ECS does not promise more.
enum PageToken {
    /// ECS's page size when `maxResults` is not given (ListServices: 10), and its upper limit.
    static let defaultPageSize = 100

    static func token(offset: Int) -> String { Data("ecstop:\(offset)".utf8).base64EncodedString() }

    static func offset(_ token: String?) -> Int? {
        guard let token else { return 0 }
        guard let data = Data(base64Encoded: token), let text = String(data: data, encoding: .utf8),
              text.hasPrefix("ecstop:"), let offset = Int(text.dropFirst("ecstop:".count)), offset >= 0
        else { return nil }
        return offset
    }
}

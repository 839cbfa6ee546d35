#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads requests one after another from a keep-alive connection, buffering what arrives early.
struct HTTPConnectionReader {
    enum Outcome {
        case request(HTTPRequest)
        /// The client closed the connection, or went quiet, between requests.
        case closed
        /// Not HTTP the server can answer: the status to send before closing.
        case malformed(status: Int, message: String)
    }

    private let socket: Int32
    private var buffer: [UInt8] = []

    init(socket: Int32) { self.socket = socket }

    mutating func nextRequest() -> Outcome {
        var headerEnd: Int?
        while true {
            if let end = Self.find([13, 10, 13, 10], in: buffer) {
                headerEnd = end
                break
            }
            guard buffer.count <= HTTPServer.maximumHeaderBytes else {
                return .malformed(status: 400, message: "The request headers are too long.")
            }
            guard fill() else {
                return buffer.isEmpty ? .closed : .malformed(status: 400, message: "The request ended early.")
            }
        }
        guard let headerEnd else { return .closed }
        let head = String(decoding: buffer[..<headerEnd], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else {
            return .malformed(status: 400, message: "Not an HTTP/1.1 request line.")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else {
                return .malformed(status: 400, message: "A header line without a colon.")
            }
            headers[line[..<colon].trimmingSpaces.lowercased()] = String(line[line.index(after: colon)...].trimmingSpaces)
        }
        if headers["transfer-encoding"] != nil {
            return .malformed(status: 400, message: "Chunked request bodies are not supported; send Content-Length.")
        }
        let length = headers["content-length"].map { Int($0) } ?? 0
        guard let length, length >= 0 else { return .malformed(status: 400, message: "Invalid Content-Length.") }
        guard length <= HTTPServer.maximumBodyBytes else {
            return .malformed(status: 413, message: "The request body is too large.")
        }
        let bodyStart = headerEnd + 4
        while buffer.count < bodyStart + length {
            guard fill() else { return .malformed(status: 400, message: "The request body ended early.") }
        }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        buffer.removeFirst(bodyStart + length)
        return .request(HTTPRequest(
            method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body,
            version: String(requestLine[2])))
    }

    /// Reads what has arrived; false at end of stream, on a timeout or an error.
    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[..<count])
            return true
        }
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start..<start + pattern.count].elementsEqual(pattern) { return start }
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: Substring {
        let text = Substring(self)
        let start = text.firstIndex { $0 != " " && $0 != "\t" } ?? text.endIndex
        let end = text.lastIndex { $0 != " " && $0 != "\t" }.map(text.index(after:)) ?? start
        return text[start..<Swift.max(start, end)]
    }
}

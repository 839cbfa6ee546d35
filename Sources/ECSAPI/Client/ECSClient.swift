import AWSWire
import ECSModel
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Calls an ECS endpoint over AWS JSON 1.1: signed POSTs to `/`, the operation in `X-Amz-Target`.
/// CloudWatch Logs speaks the same protocol under another target prefix and signing name, so the logs
/// view uses this client too (`API.logs`).
/// Blocking: call it from a thread that may wait (the poller, or a command with a short timeout).
public final class ECSClient: Sendable {
    /// What tells one AWS JSON 1.1 service from another on the wire.
    public struct API: Sendable {
        /// Before the operation in `X-Amz-Target`.
        public var targetPrefix: String
        /// SigV4's service name, and the first label of AWS's host names (`ecs.us-east-1.amazonaws.com`).
        public var signingName: String

        public static let ecs = API(targetPrefix: "AmazonEC2ContainerServiceV20141113", signingName: "ecs")
        public static let logs = API(targetPrefix: "Logs_20140328", signingName: "logs")
    }

    public let endpoint: URL
    public let api: API
    private let signer: SigV4Signer
    private let session: URLSession

    /// Exception names of failures that never reached ECS (no answer, or no usable one).
    public static let connectionErrorType = "EndpointConnectionError"

    public init(endpoint: URL, settings: AWSSettings, api: API = .ecs) {
        self.endpoint = endpoint
        self.api = api
        signer = SigV4Signer(credentials: settings.credentials, region: settings.region, service: api.signingName)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
    }

    /// AWS's public endpoint of a region.
    public static func defaultEndpoint(region: String, api: API = .ecs) -> URL {
        URL(string: "https://\(api.signingName).\(region).amazonaws.com")!
    }

    /// Sends `input` as `operation` and decodes the answer; AWS error bodies become `ECSError`s with
    /// their exception names.
    public func send<Input: Encodable, Output: Decodable>(
        _ operation: String, _ input: Input, as output: Output.Type = Output.self, timeout: TimeInterval = 10
    ) throws(ECSError) -> Output {
        let body: Data
        do {
            body = try AWSJSONCoding.encoder().encode(input)
        } catch {
            throw ECSError.client("cannot encode \(operation): \(error)")
        }
        let (status, data) = try exchange(request(operation, body: body, timeout: timeout), timeout: timeout)
        guard (200..<300).contains(status) else { throw Self.error(status: status, body: data) }
        let decoder = AWSJSONCoding.decoder()
        let answer = data.isEmpty ? Data("{}".utf8) : data
        do {
            return try decoder.decode(Output.self, from: answer)
        } catch {
            if let repaired = Self.taskSizesAsStrings(answer), let output = try? decoder.decode(Output.self, from: repaired) {
                return output
            }
            throw ECSError(Self.connectionErrorType, "\(operation): unreadable answer from \(endpoint.absoluteString): \(error)")
        }
    }

    /// ECS spells a task's and its containers' `cpu` and `memory` as strings; moto sends numbers. Only
    /// tried when an answer does not decode, so a conforming endpoint's answers are read untouched.
    static func taskSizesAsStrings(_ data: Data) -> Data? {
        guard var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return nil }
        func stringify(_ dictionary: inout [String: Any]) {
            for key in ["cpu", "memory", "memoryReservation"] {
                if let number = dictionary[key] as? NSNumber { dictionary[key] = number.stringValue }
            }
        }
        func repair(_ task: Any) -> Any {
            guard var task = task as? [String: Any] else { return task }
            stringify(&task)
            if let containers = task["containers"] as? [[String: Any]] {
                task["containers"] = containers.map { container in
                    var container = container
                    stringify(&container)
                    return container
                }
            }
            return task
        }
        if let tasks = object["tasks"] as? [Any] { object["tasks"] = tasks.map(repair) }
        if let task = object["task"] { object["task"] = repair(task) }
        return try? JSONSerialization.data(withJSONObject: object)
    }

    private func request(_ operation: String, body: Data, timeout: TimeInterval) -> URLRequest {
        var host = endpoint.host ?? ""
        if let port = endpoint.port { host += ":\(port)" }
        let path = endpoint.path.isEmpty ? "/" : endpoint.path
        let unsigned = SigV4Request(
            method: "POST", path: path,
            headers: [
                .init("Host", host),
                .init("Content-Type", "application/x-amz-json-1.1"),
                .init("X-Amz-Target", "\(api.targetPrefix).\(operation)"),
            ],
            body: body)
        let signed = signer.sign(unsigned, at: Date())
        var request = URLRequest(url: endpoint, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = body
        for field in signed.headers { request.setValue(field.value, forHTTPHeaderField: field.name) }
        return request
    }

    /// Waits for the answer on this thread. The box is only written by the completion handler and read
    /// after the semaphore says it is done, so the lock is belt and braces for the memory model.
    private func exchange(_ request: URLRequest, timeout: TimeInterval) throws(ECSError) -> (Int, Data) {
        final class Outcome: @unchecked Sendable {
            let lock = NSLock()
            var value: Result<(Int, Data), ECSError>?
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let endpointText = endpoint.absoluteString
        let task = session.dataTask(with: request) { data, response, error in
            let result: Result<(Int, Data), ECSError>
            if let error {
                result = .failure(ECSError(Self.connectionErrorType, "Could not connect to \(endpointText): \(error.localizedDescription)"))
            } else if let http = response as? HTTPURLResponse {
                result = .success((http.statusCode, data ?? Data()))
            } else {
                result = .failure(ECSError(Self.connectionErrorType, "No HTTP answer from \(endpointText)"))
            }
            outcome.lock.withLock { outcome.value = result }
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeout + 1) == .timedOut {
            task.cancel()
            throw ECSError(Self.connectionErrorType, "\(endpointText) did not answer within \(Int(timeout)) s")
        }
        return try outcome.lock.withLock { outcome.value! }.get()
    }

    /// `{"__type": "…#ClusterNotFoundException", "message": "…"}` → ECSError. The type may carry a
    /// namespace before `#` and, from some servers, a `:` suffix with a URL.
    static func error(status: Int, body: Data) -> ECSError {
        let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        var type = (object["__type"] as? String) ?? (object["code"] as? String) ?? ""
        if let hash = type.lastIndex(of: "#") { type = String(type[type.index(after: hash)...]) }
        if let colon = type.firstIndex(of: ":") { type = String(type[..<colon]) }
        let message = (object["message"] as? String) ?? (object["Message"] as? String)
            ?? String(decoding: body.prefix(200), as: UTF8.self)
        if type.isEmpty { type = status == 429 ? "ThrottlingException" : "HTTP\(status)" }
        return ECSError(type, message)
    }
}

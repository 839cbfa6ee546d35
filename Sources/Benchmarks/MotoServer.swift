import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// moto's server (`python3 -m moto.server`) on a free loopback port, for as long as the benchmark needs it.
final class MotoServer {
    let port: Int
    let version: String
    private let process: Process

    init() throws {
        let python = ProcessInfo.processInfo.environment["PYTHON"] ?? "python3"
        version = Self.output(python, ["-c", "import moto; print(moto.__version__)"])?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !version.isEmpty else {
            throw APIBenchmark.Failure(description: "moto is not installed for \(python) (pip install 'moto[server]')")
        }
        port = try Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-m", "moto.server", "-H", "127.0.0.1", "-p", "\(port)"]
        // Werkzeug logs every request; unread, the pipe would fill and stall the server.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .seconds(30)
        while true {
            if (try? KeepAliveHTTPClient(port: port).post(headers: APIBenchmark.headers("ListClusters"), body: Array("{}".utf8)))?.status == 200 { break }
            guard process.isRunning, ContinuousClock.now < deadline else {
                stop()
                throw APIBenchmark.Failure(description: "moto's server did not answer on port \(port)")
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
    }

    /// The shape ecstop's benchmark serves: cluster prod, service web, `webTasks` tasks of web. moto
    /// schedules nothing, so the tasks come from RunTask (Fargate, which needs no container instances)
    /// in web's group; moto's ListTasks ignores serviceName and lists them all. Bridge networking, as
    /// ecstop's web: awsvpc would need subnets and security groups set up in moto's EC2 first.
    func setUp(webTasks: Int) throws {
        let client = KeepAliveHTTPClient(port: port)
        let calls: [(String, String)] = [
            ("CreateCluster", #"{"clusterName":"prod"}"#),
            ("RegisterTaskDefinition", #"{"family":"web","containerDefinitions":[{"name":"nginx","image":"nginx:1.27","cpu":256,"memory":512,"portMappings":[{"containerPort":80}]}]}"#),
            ("CreateService", #"{"cluster":"prod","serviceName":"web","taskDefinition":"web","desiredCount":\#(webTasks),"launchType":"FARGATE"}"#),
        ] + Array(repeating: (
            "RunTask", #"{"cluster":"prod","taskDefinition":"web","count":10,"launchType":"FARGATE","group":"service:web","startedBy":"ecs-svc/web"}"#
        ), count: (webTasks + 9) / 10)
        for (operation, body) in calls {
            let response = try client.post(headers: APIBenchmark.headers(operation), body: Array(body.utf8))
            guard response.status == 200 else {
                throw APIBenchmark.Failure(description: "moto \(operation) answered \(response.status): \(String(decoding: response.body.prefix(300), as: UTF8.self))")
            }
        }
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    private static func output(_ executable: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// A port the system hands out and takes back at once: free unless something grabs it in between.
    private static func freePort() throws -> Int {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw APIBenchmark.Failure(description: "no free port for moto") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

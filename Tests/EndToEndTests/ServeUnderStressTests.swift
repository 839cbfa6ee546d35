import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `ecstop serve` as a process: under a low descriptor limit (which a test cannot set for a server inside
/// its own process), refusing an oversized request to boto3, and on `--host ::1`.
@Suite
struct ServeUnderStressTests {
    /// `ecstop serve` started by `sh -c 'ulimit -n …; exec …'`, found by the line that names its port.
    private final class LimitedServe {
        let pid: pid_t
        let port: Int
        private let outputPath: String
        private let errorPath: String

        init(descriptors: Int?, arguments: [String] = []) throws {
            let folder = FileManager.default.temporaryDirectory
            outputPath = folder.appendingPathComponent("ecstop-stress-\(UUID().uuidString).out").path
            errorPath = folder.appendingPathComponent("ecstop-stress-\(UUID().uuidString).err").path
            let ecstop = try BuiltProduct.ecstop()
            let limit = descriptors.map { "ulimit -n \($0); " } ?? ""
            pid = try ProcessRun.spawn(
                URL(fileURLWithPath: "/bin/sh"),
                ["-c", limit + #"exec "$0" serve --port 0 --chaos off "$@""#, ecstop.path] + arguments,
                outputPath: outputPath, errorPath: errorPath)
            let deadline = Date(timeIntervalSinceNow: 15)
            var found: Int?
            while found == nil, Date() < deadline {
                let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
                if let range = output.range(of: #":(\d+) \(Ctrl-C"#, options: .regularExpression) {
                    found = Int(output[range].dropFirst().prefix { $0.isNumber })
                } else {
                    var descriptor = pollfd(fd: -1, events: 0, revents: 0)
                    poll(&descriptor, 0, 20)
                }
            }
            guard let found else {
                let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
                kill(pid, SIGKILL)
                var status: Int32 = 0
                waitpid(pid, &status, 0)
                throw RawHTTPConnection.Failure(description: "ecstop serve printed no port; stderr: \(errors)")
            }
            port = found
        }

        var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

        func stop() {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            unlink(outputPath)
            unlink(errorPath)
        }
    }

    private static let listClusters = """
        POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AmazonEC2ContainerServiceV20141113.ListClusters\r\n\
        Content-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\n\r\n{}
        """

    /// Answers a ListClusters on a new connection, trying until the deadline (accepting resumes after
    /// a back-off, not at once).
    private static func answersListClusters(host: String = "127.0.0.1", port: Int, within seconds: Double) -> String {
        let deadline = Date(timeIntervalSinceNow: seconds)
        var last = ""
        while Date() < deadline {
            guard let connection = try? RawHTTPConnection(host: host, port: port) else { continue }
            connection.send(listClusters)
            connection.read(responses: 1, within: min(2, max(0.1, deadline.timeIntervalSinceNow)))
            last = connection.text
            if last.hasPrefix("HTTP/1.1 200 ") { return last }
        }
        return last
    }

    @Test func acceptingCarriesOnAfterTheProcessRanOutOfDescriptors() throws {
        let serve = try LimitedServe(descriptors: 64)
        defer { serve.stop() }
        #expect(Self.answersListClusters(port: serve.port, within: 10).hasPrefix("HTTP/1.1 200 "))
        // Twice as many idle connections as the server may have descriptors: its accepts fail with EMFILE.
        var idle: [RawHTTPConnection] = []
        for _ in 0..<128 { idle.append(try RawHTTPConnection(port: serve.port)) }
        let starved = idle.last!
        starved.send(Self.listClusters)
        starved.read(responses: 1, within: 1)
        #expect(starved.text.isEmpty, "the last connection cannot have been accepted: \(starved.text)")
        idle.removeAll()
        let text = Self.answersListClusters(port: serve.port, within: 20)
        #expect(text.hasPrefix("HTTP/1.1 200 ") && text.contains("clusterArns"), "\(text)")
    }

    @Test func boto3ReadsTheRefusalOfAnOversizedRequestAndTheNextCallIsAnswered() throws {
        let server = try ServedSimulation()
        defer { server.stop() }
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("ecstop-oversized-\(UUID().uuidString).py")
        defer { try? FileManager.default.removeItem(at: script) }
        try #"""
            import sys, boto3, botocore
            ecs = boto3.client("ecs", endpoint_url=sys.argv[1], region_name="us-east-1")
            filler = [{"name": "FILL", "value": "x" * (17 * 1024 * 1024)}]
            try:
                ecs.register_task_definition(family="big", containerDefinitions=[{"name": "app", "image": "nginx", "memory": 128, "environment": filler}])
                print("accepted")
            except botocore.exceptions.ClientError as error:
                print(error.response["Error"]["Code"], error.response["ResponseMetadata"]["HTTPStatusCode"])
            print(len(ecs.list_clusters()["clusterArns"]))
            """#.write(to: script, atomically: true, encoding: .utf8)
        let python = try #require(ServedSimulation.executable("python3"))
        let run = try ProcessRun.launch(python, [script.path, server.endpoint], environment: ServedSimulation.awsEnvironment)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "RequestEntityTooLargeException 413\n2\n", "\(run.standardOutput) \(run.standardError)")
    }

    @Test func servesOnIPv6Loopback() throws {
        let serve = try LimitedServe(descriptors: nil, arguments: ["--host", "::1"])
        defer { serve.stop() }
        #expect(serve.output.contains("http://[::1]:\(serve.port) "), "\(serve.output)")
        let text = Self.answersListClusters(host: "::1", port: serve.port, within: 10)
        #expect(text.hasPrefix("HTTP/1.1 200 ") && text.contains("clusterArns"), "\(text)")
    }
}

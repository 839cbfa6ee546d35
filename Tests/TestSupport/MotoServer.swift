import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// moto's ECS mock (`python3 -m moto.server`) on a loopback port, and boto3 scripts against it: the
/// real endpoint the ECS API and end-to-end tests check against, and the peer `ecstop-api-bench`
/// measures. `stop()` ends it; call it in a `defer`.
public final class MotoServer {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let port: Int
    private let process: Process

    public var endpoint: String { "http://127.0.0.1:\(port)" }

    /// Starts on `port`, or a free one, and returns once it answers.
    public init(port: Int? = nil) throws {
        self.port = try port ?? Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String(self.port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date(timeIntervalSinceNow: 20)
        while !Self.answers(port: self.port) {
            guard process.isRunning, Date() < deadline else {
                stop()
                throw Failure(description: "moto.server did not start on port \(self.port)")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    public func stop() {
        // SIGKILL, not SIGTERM: children of the test runner may inherit its blocked signals, and moto
        // keeps nothing worth a clean shutdown.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// moto's version, as installed for python3.
    public func version() throws -> String {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import moto; print(moto.__version__)"]
        let output = Pipe()
        python.standardOutput = output
        python.standardError = FileHandle.nullDevice
        try python.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        guard python.terminationStatus == 0 else { throw Failure(description: "python3 cannot import moto") }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs a boto3 script with `ecs` and `ec2` clients of this server in scope; returns its output.
    @discardableResult
    public func boto3(_ script: String) throws -> String {
        let prelude = """
            import json, sys, boto3
            _kw = dict(endpoint_url="\(endpoint)", region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing")
            ecs = boto3.client("ecs", **_kw)
            ec2 = boto3.client("ec2", **_kw)

            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("moto-\(UUID().uuidString).py")
        try (prelude + script).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", file.path]
        let output = Pipe(), errors = Pipe()
        python.standardOutput = output
        python.standardError = errors
        try python.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        guard python.terminationStatus == 0 else { throw Failure(description: "boto3 script failed: \(errorText)") }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A cluster `moto-prod` with one container instance (an EC2 instance of moto's), a service `web`
    /// (desired 2) with one task, and one standalone task.
    public func createCluster() throws {
        try boto3("""
            ecs.create_cluster(clusterName="moto-prod")
            ecs.register_task_definition(family="web", containerDefinitions=[{"name": "web", "image": "nginx", "cpu": 256, "memory": 512, "essential": True}])
            image = ec2.describe_images()["Images"][0]["ImageId"]
            instance = ec2.run_instances(ImageId=image, MinCount=1, MaxCount=1)["Instances"][0]
            document = json.dumps({"instanceId": instance["InstanceId"], "imageId": image, "instanceType": instance["InstanceType"], "region": "us-east-1", "availabilityZone": "us-east-1a", "privateIp": "10.0.0.1"})
            ecs.register_container_instance(cluster="moto-prod", instanceIdentityDocument=document)
            ecs.create_service(cluster="moto-prod", serviceName="web", taskDefinition="web", desiredCount=2)
            ecs.run_task(cluster="moto-prod", taskDefinition="web", count=1, group="service:web")
            ecs.run_task(cluster="moto-prod", taskDefinition="web", count=1)
            """)
    }

    /// A free port below the kernel's ephemeral range (32768 and up here), so that the `--port 0` of an
    /// `ecstop serve` started by a test running alongside cannot be handed the port while a test
    /// restarts moto on it.
    private static func freePort() throws -> Int {
        for _ in 0..<200 {
            let port = Int.random(in: 20_000..<32_000)
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = loopback(port: port)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            close(socket)
            if bound == 0 { return port }
        }
        throw Failure(description: "no free port between 20000 and 32000")
    }

    private static func answers(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        return address
    }
}

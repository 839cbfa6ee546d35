import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `ecstop serve --port 0` running in the background for one test: the port it printed, and a way to
/// call the real AWS CLI and boto3 against it. `stop()` ends it; call it in a `defer`.
final class ServedSimulation {
    struct StartFailed: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    let port: Int
    private let outputPath: String
    private let errorPath: String
    private var exitStatus: Int32?

    var endpoint: String { "http://127.0.0.1:\(port)" }

    init(_ arguments: [String] = []) throws {
        let folder = FileManager.default.temporaryDirectory
        outputPath = folder.appendingPathComponent("ecstop-serve-\(UUID().uuidString).out").path
        errorPath = folder.appendingPathComponent("ecstop-serve-\(UUID().uuidString).err").path
        let ecstop = try BuiltProduct.ecstop()

        let all = ["serve", "--port", "0", "--chaos", "off", "--speed", "20"] + arguments
        let pid = try ProcessRun.spawn(ecstop, all, outputPath: outputPath, errorPath: errorPath)
        self.pid = pid

        // The line names the port the system chose.
        let deadline = Date().addingTimeInterval(15)
        var found: Int?
        while found == nil, Date() < deadline {
            let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            if let range = output.range(of: #"http://127\.0\.0\.1:(\d+) "#, options: .regularExpression) {
                found = Int(output[range].dropFirst("http://127.0.0.1:".count).dropLast())
            } else {
                usleep(50_000)
            }
        }
        guard let found else {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw StartFailed(description: "ecstop serve printed no port; stderr: \(errors)")
        }
        port = found
    }

    /// SIGTERM, then the exit status (0 when serve stopped cleanly).
    @discardableResult
    func stop() -> Int32 {
        if let exitStatus { return exitStatus }
        kill(pid, SIGTERM)
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1, errno == EINTR {}
        unlink(outputPath)
        unlink(errorPath)
        let signal = waitStatus & 0x7F
        let status = signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal
        exitStatus = status
        return status
    }

    /// Credentials that sign but prove nothing, and no user config that could change the region.
    static var awsEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["AWS_ACCESS_KEY_ID"] = "test"
        environment["AWS_SECRET_ACCESS_KEY"] = "test"
        environment["AWS_DEFAULT_REGION"] = "us-east-1"
        environment["AWS_CONFIG_FILE"] = "/dev/null"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        environment["AWS_PAGER"] = ""
        environment["AWS_MAX_ATTEMPTS"] = "1"
        return environment
    }

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// `aws ecs ARGUMENTS --endpoint-url …`.
    func aws(_ arguments: [String]) throws -> ProcessRun {
        guard let aws = Self.executable("aws") else { throw StartFailed(description: "the AWS CLI (aws) is not installed") }
        return try ProcessRun.launch(
            aws, ["--endpoint-url", endpoint, "--output", "json", "ecs"] + arguments, environment: Self.awsEnvironment)
    }

    /// The CLI's JSON output, parsed.
    @discardableResult
    func awsJSON(_ arguments: [String]) throws -> [String: Any] {
        let run = try aws(arguments)
        guard run.status == 0 else {
            throw StartFailed(description: "aws ecs \(arguments.joined(separator: " ")) failed: \(run.standardError)")
        }
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
        return object as? [String: Any] ?? [:]
    }
}

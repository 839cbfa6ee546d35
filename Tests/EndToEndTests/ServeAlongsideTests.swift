import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `ecstop --serve PORT`: the dashboard and the ECS API on one simulation, so that the AWS CLI typed
/// in another terminal moves what the dashboard shows.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ServeAlongsideTests {
    let ecstop: URL

    init() throws {
        ecstop = try BuiltProduct.ecstop()
    }

    @Test func updateServiceFromTheCLIMovesTheDashboard() throws {
        let port = try Self.freePort()
        let session = try TmuxSession(width: 120, height: 36)
        defer { session.close() }
        try session.run(ShellReport.command(
            running: "--seed 42 --chaos off --speed 10 --serve \(port)", in: ecstop.deletingLastPathComponent()))
        try session.waitFor(text: "serving the ECS API on http://127.0.0.1:\(port)")
        try session.waitFor("worker running 2 of 2") { Self.serviceCounts("worker", on: $0) == .init(desired: 2, running: 2) }

        let update = try Self.aws(port: port, ["update-service", "--cluster", "prod", "--service", "worker", "--desired-count", "4"])
        #expect(update.status == 0, "aws failed: \(update.standardError)")
        try session.waitFor("worker running 4 of 4", timeout: .seconds(30)) {
            Self.serviceCounts("worker", on: $0) == .init(desired: 4, running: 4)
        }

        try session.sendKeys("q")
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked, "screen:\n\(report.screen)")
        #expect(report.showsTextFromBefore, "screen:\n\(report.screen)")
        #expect(try !session.isAlternateScreen())
    }

    @Test func readOnlyRefusesChangesThroughTheAPI() throws {
        let port = try Self.freePort()
        let session = try TmuxSession(width: 120, height: 36)
        defer { session.close() }
        try session.run(ShellReport.command(
            running: "--chaos off --read-only --serve \(port)", in: ecstop.deletingLastPathComponent()))
        try session.waitFor(text: "serving the ECS API")
        let update = try Self.aws(port: port, ["update-service", "--cluster", "prod", "--service", "worker", "--desired-count", "4"])
        #expect(update.status != 0)
        #expect(update.standardError.contains("AccessDeniedException"), "stderr: \(update.standardError)")
        let listed = try Self.aws(port: port, ["list-clusters"])
        #expect(listed.status == 0 && listed.standardOutput.contains("cluster/prod"), "reads are still answered")
        try session.sendKeys("q")
        #expect(ShellReport(screen: try session.waitFor(text: ShellReport.end)).exitStatus == 0)
    }

    @Test func aPortInUseIsAClearErrorBeforeTheTerminalIsTaken() throws {
        let (holder, port) = try Self.listeningSocket()
        defer { close(holder) }
        let session = try TmuxSession()
        defer { session.close() }
        try session.run(ShellReport.command(running: "--serve \(port)", in: ecstop.deletingLastPathComponent()))
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 1, "screen:\n\(report.screen)")
        #expect(report.screen.contains("--serve: port \(port) on 127.0.0.1 is already in use"), "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked)
        #expect(report.showsTextFromBefore, "the alternate screen was never entered")
    }

    private struct Counts: Equatable {
        var desired: Int
        var running: Int
    }

    /// DESIRED and RUNNING of a service's row in the Services pane (as DashboardFlowTests reads them).
    private static func serviceCounts(_ name: String, on screen: String) -> Counts? {
        for line in screen.split(separator: "\n") {
            guard let match = line.firstMatch(of: #/│[▶ ] (\S+) +(?:[A-Z][A-Z0-9_]* +)?(\d+) +(\d+) +(\d+) /#), match.1 == name else { continue }
            return Counts(desired: Int(match.2)!, running: Int(match.3)!)
        }
        return nil
    }

    private static func aws(port: Int, _ arguments: [String]) throws -> ProcessRun {
        guard let aws = ServedSimulation.executable("aws") else {
            throw ServedSimulation.StartFailed(description: "the AWS CLI (aws) is not installed")
        }
        return try ProcessRun.launch(
            aws, ["--endpoint-url", "http://127.0.0.1:\(port)", "--region", "us-east-1", "--output", "json", "ecs"] + arguments,
            environment: ServedSimulation.awsEnvironment)
    }

    /// A port the system just handed out and took back: free unless something grabs it in between.
    private static func freePort() throws -> Int {
        let (socket, port) = try listeningSocket()
        close(socket)
        return port
    }

    /// A socket listening on 127.0.0.1 at a port of the system's choosing.
    private static func listeningSocket() throws -> (Int32, Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard descriptor >= 0, bound, listen(descriptor, 1) == 0 else {
            throw ServedSimulation.StartFailed(description: "no free port: \(String(cString: strerror(errno)))")
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}

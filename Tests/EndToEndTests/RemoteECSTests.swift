import TestSupport
import Foundation
import Testing

/// `ecstop --endpoint-url` in a real terminal over moto's ECS mock: the endpoint's clusters and
/// services on screen, the endpoint in the header, and STALE once it goes away.
@Suite(.timeLimit(.minutes(2)))
struct RemoteECSTests {
    @Test func theDashboardShowsARealEndpoint() throws {
        let ecstop = try BuiltProduct.ecstop()
        let server = try MotoServer()
        defer { server.stop() }
        try server.createCluster()
        let session = try TmuxSession(width: 120, height: 36)
        defer { session.close() }
        try session.run(ShellReport.command(
            running: "--endpoint-url \(server.endpoint) --region us-east-1 --refresh 0.5",
            in: ecstop.deletingLastPathComponent(),
            environment: "env -u AWS_PROFILE AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing"))
        let screen = try session.waitFor("the moto cluster and its service") { text in
            text.contains("moto-prod") && text.contains("web") && text.contains("127.0.0.1:\(server.port)")
        }
        #expect(!screen.contains("STALE"), "screen:\n\(screen)")

        server.stop()
        try session.waitFor(text: "STALE")

        try session.sendKeys("q")
        let report = ShellReport(screen: try session.waitFor(text: ShellReport.end))
        #expect(report.exitStatus == 0, "screen:\n\(report.screen)")
        #expect(report.isTerminalCooked, "screen:\n\(report.screen)")
    }
}

import Foundation
import Testing
@testable import Simulator

/// EventBridge schedules: parsing rate and cron, firing times, and scheduled tasks running.
@Suite struct ScheduleTests {
    private func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    private func next(_ expression: String, after: String) throws -> Date? {
        try ScheduleExpression(parsing: expression).nextFiring(after: date(after), start: date(after))
    }

    @Test func rates() throws {
        #expect(try ScheduleExpression(parsing: "rate(1 minute)") == .rate(seconds: 60))
        #expect(try ScheduleExpression(parsing: "rate(10 minutes)") == .rate(seconds: 600))
        #expect(try ScheduleExpression(parsing: "rate(2 hours)") == .rate(seconds: 7_200))
        #expect(try ScheduleExpression(parsing: "rate(1 day)") == .rate(seconds: 86_400))
        for bad in ["rate(1 minutes)", "rate(5 minute)", "rate(0 minutes)", "rate(5 weeks)", "rate(minutes)", "rate 5 minutes"] {
            #expect(throws: ScheduleExpression.ParseError.self, "\(bad)") { try ScheduleExpression(parsing: bad) }
        }
        let start = date("2026-01-01T00:00:00Z")
        let rate = try ScheduleExpression(parsing: "rate(10 minutes)")
        #expect(rate.nextFiring(after: start, start: start) == date("2026-01-01T00:10:00Z"))
        #expect(rate.nextFiring(after: date("2026-01-01T00:25:00Z"), start: start) == date("2026-01-01T00:30:00Z"))
    }

    @Test func cronFieldsAndFiringTimes() throws {
        // 2026-01-01 is a Thursday.
        #expect(try next("cron(0 12 * * ? *)", after: "2026-01-01T00:00:00Z") == date("2026-01-01T12:00:00Z"))
        #expect(try next("cron(0 12 * * ? *)", after: "2026-01-01T12:00:00Z") == date("2026-01-02T12:00:00Z"))
        #expect(try next("cron(*/15 * * * ? *)", after: "2026-01-01T00:07:00Z") == date("2026-01-01T00:15:00Z"))
        #expect(try next("cron(0/20 9-17 ? * MON-FRI *)", after: "2026-01-02T17:45:00Z") == date("2026-01-05T09:00:00Z"))
        #expect(try next("cron(30 2 ? * 1 *)", after: "2026-01-01T00:00:00Z") == date("2026-01-04T02:30:00Z"), "1 = Sunday")
        #expect(try next("cron(0 0 1,15 * ? *)", after: "2026-01-02T00:00:00Z") == date("2026-01-15T00:00:00Z"))
        #expect(try next("cron(0 8 1 JUN ? *)", after: "2026-01-01T00:00:00Z") == date("2026-06-01T08:00:00Z"))
        #expect(try next("cron(0 8 1 1 ? 2027)", after: "2026-03-01T00:00:00Z") == date("2027-01-01T08:00:00Z"))
        #expect(try next("cron(0 8 1 1 ? 2025)", after: "2026-03-01T00:00:00Z") == nil)
    }

    @Test func invalidCronIsRejected() {
        for bad in [
            "cron(0 12 * * * *)", "cron(0 12 ? * ? *)", "cron(0 12 * *)", "cron(60 12 * * ? *)", "cron(0 24 * * ? *)",
            "cron(0 12 L * ? *)", "cron(0 12 ? * 2#1 *)", "cron(0 12 * FOO ? *)", "cron(5-1 * * * ? *)", "cron(*/0 * * * ? *)",
        ] {
            #expect(throws: ScheduleExpression.ParseError.self, "\(bad)") { try ScheduleExpression(parsing: bad) }
        }
    }

    @Test func theDefaultScenarioRunsTheReportEveryTenMinutes() throws {
        let simulator = Simulator(scenario: .default, seed: 42, chaos: .off)
        let rule = try #require(simulator.cluster("prod").scheduledTasks.first)
        #expect(rule.name == "nightly-report" && rule.scheduleExpression == "rate(10 minutes)")
        #expect(rule.nextRunAt == Simulator.epoch.addingTimeInterval(600) && rule.lastRunAt == nil)
        simulator.advance(seconds: 601)
        let reports = simulator.cluster("prod").standaloneTasks.filter { $0.group == "family:report" }
        #expect(reports.count == 1)
        #expect(reports[0].startedBy == "events-rule/nightly-report")
        let fired = simulator.cluster("prod").scheduledTasks[0]
        #expect(fired.lastRunAt == Simulator.epoch.addingTimeInterval(600))
        #expect(fired.nextRunAt == Simulator.epoch.addingTimeInterval(1_200))
        // The job works about a minute, then exits 0 and its task stops.
        simulator.advance(seconds: 120)
        let done = try #require(simulator.task(reports[0].id, in: "prod"))
        #expect(done.lastStatus == .stopped && done.containers[0].exitCode == 0)
        simulator.advance(seconds: 600)
        #expect(simulator.cluster("prod").standaloneTasks.filter { $0.group == "family:report" }.count == 2)
        #expect(simulator.invariantViolations() == [])
    }

    @Test func scenarioValidationRejectsBadSchedules() {
        var scenario = Harness.scenario()
        scenario.clusters[0].scheduledTasks = [
            .init(name: "a", scheduleExpression: "cron(0 12 * * * *)", taskDefinition: "job"),
            .init(name: "b", scheduleExpression: "rate(5 minutes)", taskDefinition: "nope"),
        ]
        #expect(scenario.validationErrors() == [
            "Scheduled task a: invalid schedule expression cron(0 12 * * * *).",
            "Scheduled task b: unknown task definition nope.",
        ])
    }
}

import ECSAPI
import Foundation
import Simulator
import TestSupport

/// ecstop's ECS API server against moto's on the same machine: the same loop of ListTasks (cluster
/// prod, service web) and DescribeTasks of the tasks listed, over plain HTTP, for a fixed time.
enum APIBenchmark {
    struct Result: Sendable {
        var server: String
        var clients: Int
        var tasksListed: Int
        var tasksDescribed: Int
        var calls: Int
        var seconds: Double
        /// TCP connections the clients opened, warm-up included: one each when the server keeps them alive.
        var connections: Int
        /// ecstop only: the simulation's clock ticks (every 100 ms) while measuring, p99 and worst, in ms.
        var simulationTicks: (p99: Double, worst: Double)?
        var callsPerSecond: Double { Double(calls) / seconds }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// How many tasks web runs, so that DescribeTasks asks for a full batch of 100.
    static let webTasks = 100

    /// The same headers for both servers: moto takes the region from the (unchecked) signature's
    /// scope; ecstop's server, started without keys, ignores it.
    static func headers(_ operation: String) -> [(String, String)] {
        [
            ("Content-Type", "application/x-amz-json-1.1"),
            ("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.\(operation)"),
            ("X-Amz-Date", "20261201T000000Z"),
            ("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261201/us-east-1/ecs/aws4_request, SignedHeaders=host;x-amz-date, Signature=0"),
        ]
    }

    /// Measures ecstop's server in-process, then moto's (`python3 -m moto.server`) unless `includeMoto`
    /// is false, each with every client count in `clientCounts`.
    static func run(
        duration: Duration = .seconds(5), warmUp: Duration = .seconds(1), clientCounts: [Int] = [1, 4],
        includeMoto: Bool = true, progress: (String) -> Void = { _ in }
    ) throws -> [Result] {
        var results: [Result] = []
        progress("measuring ecstop's ECS API server…")
        let ecstop = try startEcstop()
        defer { ecstop.stop.stop() }
        for clients in clientCounts {
            var result = try measure(
                "ecstop", port: ecstop.port, clients: clients, duration: duration, warmUp: warmUp,
                ticks: ecstop.ticks)
            result.simulationTicks = ecstop.ticks.summary
            results.append(result)
        }
        guard includeMoto else { return results }
        progress("starting moto's server…")
        let moto = try MotoServer()
        defer { moto.stop() }
        try moto.createBenchmarkShape(webTasks: webTasks)
        progress("measuring moto's server…")
        for clients in clientCounts {
            results.append(try measure("moto \(try moto.version())", port: moto.port, clients: clients, duration: duration, warmUp: warmUp))
        }
        return results
    }

    /// The default scenario with web grown to 100 tasks on enough instances, its auto scaling off so
    /// that it stays there; served on a free port, with a clock thread moving time as `ecstop serve` does
    /// and recording how long each of its ticks takes.
    private static func startEcstop() throws -> (port: Int, stop: HTTPServer, ticks: TickRecorder) {
        var scenario = Scenario.default
        scenario.clusters[0].instances = (0..<30).map {
            Scenario.InstanceSpec(instanceType: "m5.large", availabilityZone: ["us-east-1a", "us-east-1b", "us-east-1c"][$0 % 3])
        }
        scenario.clusters[0].services[0].desiredCount = webTasks
        scenario.clusters[0].services[0].autoScaling = nil
        let simulator = Simulator(scenario: scenario, seed: 42, chaos: .off)
        simulator.advance(by: .seconds(600))  // every task placed and running
        let controlPlane = LockedControlPlane(SimulatedControlPlane(simulator: simulator))
        let endpoint = ECSEndpoint(router: ECSRequestRouter(controlPlane: controlPlane, readOnly: false))
        let server: HTTPServer
        do {
            server = try HTTPServer(host: "127.0.0.1", port: 0) { endpoint.respond(to: $0) }
        } catch {
            throw Failure(description: "ecstop's server: \(error)")
        }
        server.start()
        let ticks = TickRecorder()
        controlPlane.followWallClock { ticks.record($0) }
        return (server.port, server, ticks)
    }

    /// One ListTasks and one DescribeTasks, checked, to learn how many tasks each returns.
    private static func probe(port: Int) throws -> (listed: Int, described: Int) {
        let client = KeepAliveHTTPClient(port: port)
        let listed = try client.post(headers: headers("ListTasks"), body: listTasksBody)
        guard listed.status == 200,
              let arns = (try? JSONSerialization.jsonObject(with: Data(listed.body)) as? [String: Any])?["taskArns"] as? [String]
        else { throw Failure(description: "ListTasks answered \(listed.status): \(String(decoding: listed.body, as: UTF8.self))") }
        let described = try client.post(headers: headers("DescribeTasks"), body: describeTasksBody(listed.body))
        guard described.status == 200,
              let tasks = (try? JSONSerialization.jsonObject(with: Data(described.body)) as? [String: Any])?["tasks"] as? [Any]
        else { throw Failure(description: "DescribeTasks answered \(described.status): \(String(decoding: described.body.prefix(300), as: UTF8.self))") }
        return (arns.count, tasks.count)
    }

    static let listTasksBody = Array(#"{"cluster":"prod","serviceName":"web","maxResults":100}"#.utf8)

    /// DescribeTasks of the ARNs a ListTasks answer listed: its array copied as it is, so that the
    /// client spends no time parsing JSON and the servers' speed is what is measured.
    static func describeTasksBody(_ listTasksAnswer: [UInt8]) -> [UInt8] {
        let open = listTasksAnswer.firstIndex(of: UInt8(ascii: "[")) ?? 0
        let close = listTasksAnswer.lastIndex(of: UInt8(ascii: "]")) ?? open
        return Array(#"{"cluster":"prod","tasks":"#.utf8) + listTasksAnswer[open...close] + [UInt8(ascii: "}")]
    }

    private static func measure(
        _ name: String, port: Int, clients: Int, duration: Duration, warmUp: Duration, ticks: TickRecorder? = nil
    ) throws -> Result {
        let counts = try probe(port: port)
        let tally = Tally()
        let clock = ContinuousClock()
        let start = clock.now + warmUp
        let end = start + duration
        let threads = (0..<clients).map { _ in
            let thread = Thread {
                let client = KeepAliveHTTPClient(port: port)
                var calls = 0, failure: String?
                do {
                    while clock.now < end {
                        let measuring = clock.now >= start
                        let listed = try client.post(headers: headers("ListTasks"), body: listTasksBody)
                        let described = try client.post(headers: headers("DescribeTasks"), body: describeTasksBody(listed.body))
                        guard listed.status == 200, described.status == 200 else {
                            failure = "status \(listed.status) / \(described.status)"
                            break
                        }
                        if measuring { calls += 2 }
                    }
                } catch {
                    failure = "\(error)"
                }
                tally.add(calls: calls, connections: client.connections, failure: failure)
            }
            thread.start()
            return thread
        }
        while clock.now < start { Thread.sleep(forTimeInterval: 0.005) }
        ticks?.reset()
        while !threads.allSatisfy(\.isFinished) { Thread.sleep(forTimeInterval: 0.01) }
        let total = tally.total
        if let failure = total.failure { throw Failure(description: "\(name): \(failure)") }
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        return Result(
            server: name, clients: clients, tasksListed: counts.listed, tasksDescribed: counts.described,
            calls: total.calls, seconds: seconds, connections: total.connections)
    }

    /// What the client threads counted, added up under a lock.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0, connections = 0
        private var failure: String?

        func add(calls: Int, connections: Int, failure: String?) {
            lock.withLock {
                self.calls += calls
                self.connections += connections
                self.failure = self.failure ?? failure
            }
        }

        var total: (calls: Int, connections: Int, failure: String?) { lock.withLock { (calls, connections, failure) } }
    }

    /// The results as the README's markdown table, with ecstop's speed over moto's per client count.
    static func table(_ results: [Result]) -> String {
        var lines = [
            "| server | clients | tasks listed / described | calls per second | TCP connections opened | ecstop ÷ moto | simulation tick p99 / worst |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for result in results {
            let ecstop = results.first { $0.server == "ecstop" && $0.clients == result.clients }
            let ratio = result.server == "ecstop" || ecstop == nil ? "" : String(format: "%.0f×", ecstop!.callsPerSecond / result.callsPerSecond)
            let ticks = result.simulationTicks.map { String(format: "%.2f / %.2f ms", $0.p99, $0.worst) } ?? ""
            lines.append(
                "| \(result.server) | \(result.clients) | \(result.tasksListed) / \(result.tasksDescribed) | "
                    + String(format: "%.0f", result.callsPerSecond) + " | \(result.connections) | \(ratio) | \(ticks) |")
        }
        return lines.joined(separator: "\n")
    }
}

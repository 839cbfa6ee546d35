import ArgumentParser
import Benchmarks
import Foundation

/// `ecstop bench`: the speed measurements whose table the README reports. Build with `-c release`.
/// The ECS API's measurement against moto is a separate executable, `ecstop-api-bench`.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure simulated time, frames and memory at growing sizes (use a release build)."
    )

    @Flag(help: "Only the default scenario and 500 instances / 5,000 tasks.")
    var quick = false

    func run() throws {
        let cases = quick ? Array(BenchmarkCase.standard.prefix(2)) : BenchmarkCase.standard
        let results = BenchmarkSuite.run(cases) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        print(BenchmarkSuite.table(results))
        print("")
        let views = cases.map { benchmarkCase in
            FileHandle.standardError.write(Data("measuring views on \(benchmarkCase.name)…\n".utf8))
            return (benchmarkCase.name, ViewBenchmark.measure(benchmarkCase))
        }
        print(ViewBenchmark.table(views))
    }
}

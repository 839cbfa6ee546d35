import ArgumentParser
import Benchmarks
import Foundation

/// `ecstop bench`: the speed measurements whose table the README reports. Build with `-c release`.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure simulated time, frames and memory at growing sizes (use a release build)."
    )

    @Flag(help: "Only the default scenario and 500 instances / 5,000 tasks.")
    var quick = false

    // Separate from the default run: it starts moto's server (Python) and takes about half a minute.
    @Flag(help: "Instead: ecstop's ECS API server against moto's (python3 -m moto.server), calls per second.")
    var api = false

    @Option(help: ArgumentHelp("With --api: seconds to measure each server and client count, after 1 s of warm-up.", valueName: "seconds"))
    var apiSeconds = 5

    func run() throws {
        if api {
            let results = try APIBenchmark.run(duration: .seconds(max(1, apiSeconds))) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            print(APIBenchmark.table(results))
            return
        }
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

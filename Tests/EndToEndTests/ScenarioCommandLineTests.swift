import Foundation
import Testing

/// `ecstop validate` and `--scenario`: a valid file gives a summary or a run, an invalid one every
/// problem on standard error, exit 1, and nothing started.
@Suite
struct ScenarioCommandLineTests {
    let ecstop: URL
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init() throws {
        ecstop = try BuiltProduct.ecstop()
    }

    private func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    @Test func validateSummarizesAValidFile() throws {
        let result = try ProcessRun.launch(ecstop, ["validate", path("examples/shop.yaml")])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(7)) == [
            "scenario shop: valid", "  1 cluster (shop)", "  0 instances, 1 Auto Scaling group", "  3 services",
            "  4 task definitions", "  5 faults", "  16 ignored fields",
        ])
        #expect(lines.contains("    \(path("examples/shop.yaml")):69:9: clusters[0].services[0].propagateTags: ignored"))
    }

    @Test func validateListsEveryProblemAndExitsWithOne() throws {
        let file = path("Tests/ScenarioFileTests/Broken/unknown-references.yaml")
        let result = try ProcessRun.launch(ecstop, ["validate", file])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 7, "stderr: \(result.standardError)")
        #expect(lines.allSatisfy { $0.hasPrefix("\(file):") })
        #expect(lines.first == "\(file):11:46: clusters[0].loadBalancers[0].listeners[0].targetGroup: unknown target group api-tg (the cluster defines web-tg)")
    }

    @Test(arguments: [["snapshot"], [], ["run"]])
    func anInvalidScenarioStartsNothing(command: [String]) throws {
        let file = path("Tests/ScenarioFileTests/Broken/quota.yaml")
        // TERM=dumb: were the dashboard to start, it would fail differently (no usable terminal).
        let result = try ProcessRun.launch(ecstop, command + ["--scenario", file], environment: ["TERM": "dumb", "PATH": "/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.split(separator: "\n").map(String.init) == [
            "\(file):6:80: clusters[0].instances[0].count: expected a whole number from 0 to 5000, found \"6000\"",
            "\(file):8:64: clusters[0].services[0].desiredCount: expected a whole number from 0 to 5000, found \"6000\"",
        ])
    }

    @Test func snapshotRunsTheFileWithItsSeedUnlessTheFlagSaysOtherwise() throws {
        let file = path("examples/shop.yaml")
        let own = try ProcessRun.launch(ecstop, ["snapshot", "--scenario", file, "--at", "2m", "--size", "120x36"])
        #expect(own.status == 0, "stderr: \(own.standardError)")
        let header = own.standardOutput.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("seed 7") && header.contains("cluster shop"), "\(header)")
        let flagged = try ProcessRun.launch(ecstop, ["snapshot", "--scenario", file, "--seed", "9", "--at", "2m"])
        #expect(flagged.standardOutput.split(separator: "\n").first?.contains("seed 9") == true)
    }

    @Test func theDefaultExampleGivesTheDefaultScreen() throws {
        let plain = try ProcessRun.launch(ecstop, ["snapshot", "--at", "3m"])
        let fromFile = try ProcessRun.launch(ecstop, ["snapshot", "--at", "3m", "--scenario", path("examples/default.yaml")])
        #expect(plain.status == 0 && fromFile.status == 0)
        // The same screen, but for the header naming the file's scenario.
        let plainLines = plain.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        let fileLines = fromFile.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(fileLines.first?.hasPrefix(" ecstop  sim default  seed 42  x1  00:03:00") == true)
        #expect(plainLines.dropFirst() == fileLines.dropFirst())
    }
}

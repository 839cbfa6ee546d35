import Foundation
import Testing

/// `ecstop export`: the running state as a scenario file on standard output.
@Suite
struct ExportCommandTests {
    let ecstop: URL

    init() throws {
        ecstop = try BuiltProduct.ecstop()
    }

    @Test func exportPrintsAScenarioFileOfTheStateThen() throws {
        let result = try ProcessRun.launch(ecstop, ["export", "--seed", "7", "--at", "2m", "--chaos", "off"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "# Exported by ecstop at simulated 120 s of default, seed 7.")
        #expect(lines.contains("seed: 7") && lines.contains("chaos: \"off\""), "off is quoted: YAML 1.1 reads it as false")
        #expect(lines.contains("  - clusterName: prod") && lines.contains("      - serviceName: web"))
        // The same run exports the same text.
        let again = try ProcessRun.launch(ecstop, ["export", "--seed", "7", "--at", "2m", "--chaos", "off"])
        #expect(again.standardOutput == result.standardOutput)
    }

    @Test(arguments: [["export", "--at", "-1s"], ["export", "--at", "soon"], ["export", "--chaos", "wild"]])
    func mistakesExitWithTwo(arguments: [String]) throws {
        let result = try ProcessRun.launch(ecstop, arguments)
        #expect(result.status == 2, "stderr: \(result.standardError)")
        #expect(result.standardError.hasPrefix("ecstop: error: "))
        #expect(result.standardOutput.isEmpty)
    }
}

import Foundation
import Testing

/// schema/ecstop-scenario.schema.json, checked by Python's jsonschema (schema/check.py): the examples
/// pass it, broken files of the kinds a schema can see fail it. Fails, not skips, without jsonschema.
@Suite struct SchemaTests {
    /// `check.py` over the files: its exit status and one `ok FILE` / `invalid FILE: …` line a file.
    private func check(_ files: [String]) throws -> (status: Int32, lines: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RepositoryFiles.path("schema/check.py")] + files
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(problem.isEmpty, "check.py (needs: python3 -m pip install jsonschema pyyaml): \(problem)")
        return (process.terminationStatus, text.split(separator: "\n").map(String.init))
    }

    @Test func examplesAndTheirTaskDefinitionFilesMatchTheSchema() throws {
        let taskDefinitions = ((try? FileManager.default.contentsOfDirectory(atPath: RepositoryFiles.path("examples/taskdefs"))) ?? [])
            .sorted().map { RepositoryFiles.path("examples/taskdefs/\($0)") }
        let files = RepositoryFiles.examples + taskDefinitions
        #expect(files.count >= 3)
        let result = try check(files)
        #expect(result.status == 0, "\(result.lines)")
        #expect(result.lines == files.map { "ok \($0)" })
    }

    @Test(arguments: [
        "wrong-types.yaml", "bad-enum.yaml", "bad-duration.yaml", "negative-counts.yaml", "quota.yaml",
        "malformed-yaml.yaml", "taskdefs/bad-api.json",
    ])
    func brokenFilesFailTheSchema(_ name: String) throws {
        let file = RepositoryFiles.path("Tests/ScenarioFileTests/Broken/\(name)")
        let result = try check([file])
        #expect(result.status == 1)
        #expect(result.lines.count == 1 && result.lines.first?.hasPrefix("invalid \(file): ") == true, "\(result.lines)")
    }
}

import Foundation
import ScenarioFile
import Testing

/// Each file in Broken/ has the exact report it must give next to it (NAME.expected), with paths
/// relative to the folder.
@Suite struct BrokenFileTests {
    static let folder = RepositoryFiles.path("Tests/ScenarioFileTests/Broken")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func thereAreBrokenFiles() {
        #expect(Self.names.count >= 10)
    }

    @Test(arguments: names)
    func reportsEveryProblem(_ name: String) throws {
        let expected = try String(contentsOfFile: "\(Self.folder)/\(name.dropLast(5)).expected", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        switch ScenarioFile.load(path: "\(Self.folder)/\(name)") {
        case .success:
            Issue.record("\(name) loaded")
        case .failure(let report):
            let lines = report.lines.map { $0.replacingOccurrences(of: "\(Self.folder)/", with: "") }
            #expect(lines == expected)
        }
    }
}

/// One thing wrong with a scenario file: where (file, line, column, key path) and what was expected.
public struct ScenarioProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (a task definition file: as the scenario names it, joined to its folder).
    public var file: String
    /// 1-based, as editors count.
    public var line: Int
    public var column: Int
    /// `clusters[0].services[1].desiredCount`; empty for the file as a whole.
    public var path: String
    public var message: String

    public init(file: String, line: Int, column: Int, path: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `FILE:LINE:COLUMN: PATH: MESSAGE`, the form compilers use, so editors can jump to it.
    public var description: String {
        path.isEmpty ? "\(file):\(line):\(column): \(message)" : "\(file):\(line):\(column): \(path): \(message)"
    }
}

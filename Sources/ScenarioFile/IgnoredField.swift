/// A field the file may hold (ECS has it, or it is unknown) that the simulator does not use.
public struct IgnoredField: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// `taskDefinitions[0].containerDefinitions[0].ulimits`
    public var path: String

    public init(file: String, line: Int, column: Int, path: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }

    public var description: String { "\(file):\(line):\(column): \(path)" }
}

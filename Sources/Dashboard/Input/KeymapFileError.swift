/// Why a key bindings file could not be used: every problem found, each with its line and action, so
/// that one look at the warning is enough to fix the file.
public struct KeymapFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [Problem]

    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        public var line: Int?
        /// The action name (the key in the file) the problem is about, if any.
        public var action: String?
        public var problem: String

        public init(line: Int? = nil, action: String? = nil, problem: String) {
            self.line = line
            self.action = action
            self.problem = problem
        }

        public var description: String {
            var place = line.map { ":\($0)" } ?? ""
            if let action { place += ": \(action)" }
            return "\(place): \(problem)"
        }
    }

    /// One line, as the status line and stderr show it: `keys.yaml:3: quit: …; keys.yaml:5: …`.
    public var description: String {
        problems.map { file + $0.description }.joined(separator: "; ")
    }
}

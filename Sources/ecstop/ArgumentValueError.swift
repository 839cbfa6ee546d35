/// Why a command-line value was refused. ArgumentParser appends `description` to its own
/// "The value … is invalid for …" line.
struct ArgumentValueError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}

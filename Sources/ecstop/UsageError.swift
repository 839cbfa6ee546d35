/// A mistake in how ecstop was called that only shows once the command runs (an unknown theme):
/// reported like a parsing error, with exit code 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}

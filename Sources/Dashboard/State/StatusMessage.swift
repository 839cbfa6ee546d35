/// The result of the last action: a toast on the footer line that fades after a few seconds (errors
/// stay longer) or at the next key.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    /// How long it has been on screen, in real time.
    public var age: Duration = .zero

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    /// How long it stays: long enough to read, errors twice as long.
    public var lifetime: Duration { isError ? .seconds(10) : .seconds(5) }

    /// In its last second it is drawn dim, so its going is not a surprise.
    public var isFading: Bool { age >= lifetime - .seconds(1) }

    public var hasExpired: Bool { age >= lifetime }
}

import Foundation

/// Simulated times in a recording are exact: a command typed at 12.5000000001 s must be replayed at
/// that instant, not at the nearest Double, or an event due in between would run on the wrong side of it.
/// Decimal holds a Duration's seconds and attoseconds (at most 37 digits) without rounding, and
/// JSONEncoder writes it as a plain JSON number.
extension Duration {
    /// Seconds as an exact decimal number (12.5, 0.000000001).
    var recordedSeconds: Decimal {
        let (seconds, attoseconds) = components
        return Decimal(seconds) + Decimal(sign: attoseconds < 0 ? .minus : .plus, exponent: -18, significand: Decimal(attoseconds.magnitude))
    }

    /// The duration a recording's number stands for; nil for negative or unreadable numbers. Digits past
    /// the attosecond are dropped.
    init?(recordedSeconds value: Decimal) {
        guard !value.isNaN, value >= 0 else { return nil }
        var text = value.description
        if text.hasPrefix("+") { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let seconds = Int64(parts[0]) else { return nil }
        var attoseconds: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1].prefix(18)
            guard digits.allSatisfy(\.isASCII), let fraction = Int64(digits) else { return nil }
            attoseconds = fraction * Self.powerOfTen(18 - digits.count)
        }
        self.init(secondsComponent: seconds, attosecondsComponent: attoseconds)
    }

    private static func powerOfTen(_ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }
}

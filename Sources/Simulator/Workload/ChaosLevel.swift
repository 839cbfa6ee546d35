/// How often containers crash on their own.
public enum ChaosLevel: String, CaseIterable, Sendable {
    case off, low, high

    /// Crashes per running task per simulated second. `.low` gives the default scenario (about a dozen
    /// tasks) roughly one crash every 30 s, so a newcomer sees a replacement within a minute.
    var crashRatePerTask: Double {
        switch self {
        case .off: 0
        case .low: 1.0 / 360
        case .high: 10.0 / 360
        }
    }
}

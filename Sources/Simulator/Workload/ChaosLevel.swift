/// How often containers crash on their own.
public enum ChaosLevel: String, CaseIterable, Sendable {
    case off, low, high

    /// Crashes per running task per simulated second. `.low`: each task crashes about every half hour,
    /// so the default scenario (about a dozen tasks) loses one every two or three minutes — and the
    /// first crash is pulled into the first minute (see `CrashProcess.firstCrashWindow`), so a newcomer
    /// sees a replacement at once. A per-task rate keeps big clusters proportionally busy: 50,000 tasks
    /// see about 28 crashes a second. `.high` is ten times `.low`.
    var crashRatePerTask: Double {
        switch self {
        case .off: 0
        case .low: 1.0 / 1_800
        case .high: 10.0 / 1_800
        }
    }
}

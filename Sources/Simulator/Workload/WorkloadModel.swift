import Foundation

/// How busy one service's tasks are: a slow seeded wave plus smoothed noise, as a share (0…1) of the
/// CPU and memory they reserve. One model per service, advanced once per simulated second.
struct WorkloadModel {
    private let cpuBase: Double
    private let cpuAmplitude: Double
    private let memoryBase: Double
    private let memoryAmplitude: Double
    private let period: Double
    private let phase: Double
    /// First-order smoothed noise, so consecutive seconds stay close.
    private var noise = 0.0

    private(set) var cpuUtilization = 0.0
    private(set) var memoryUtilization = 0.0

    init(using generator: inout SeededGenerator) {
        cpuBase = generator.uniform(0.25...0.55)
        cpuAmplitude = generator.uniform(0.08...0.25)
        memoryBase = generator.uniform(0.40...0.70)
        memoryAmplitude = generator.uniform(0.03...0.08)
        period = generator.uniform(240...900)
        phase = generator.uniform(0...(2 * Double.pi))
    }

    mutating func advance(toSecond t: Double, using generator: inout SeededGenerator) {
        noise = 0.85 * noise + 0.15 * generator.uniform(-1...1)
        let angle = 2 * Double.pi * t / period + phase
        cpuUtilization = (cpuBase + cpuAmplitude * sin(angle) + 0.10 * noise).clamped(to: 0.02...1)
        // Memory moves slower than CPU and barely with the noise, as heaps do.
        memoryUtilization = (memoryBase + memoryAmplitude * sin(angle / 3) + 0.02 * noise).clamped(to: 0.05...1)
    }
}

extension Double {
    func clamped(to range: ClosedRange<Double>) -> Double { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}

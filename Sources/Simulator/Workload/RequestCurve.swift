import Foundation

/// A service's request rate as a pure function of simulated time: the base rate, a daily wave and spikes
/// (fixed, and seeded random ones drawn per hour from the seed alone). Pure so that logs can be
/// synthesized for any past moment without storing anything.
struct RequestCurve: Sendable {
    let spec: Scenario.WorkloadSpec
    /// Seeds the random spikes: the simulation seed mixed with the service's position.
    let salt: UInt64

    /// Requests per second across the service at `t` seconds.
    func rate(at t: Double) -> Double {
        var rate = spec.requestsPerSecond
        if let wave = spec.wave {
            rate *= 1 + wave.amplitude * sin(2 * Double.pi * (t + wave.phase) / wave.period)
        }
        for spike in spec.spikes { rate *= spike.factor(at: t) }
        if spec.randomSpikes != nil {
            let hour = Int(floor(t / 3600))
            for h in [hour - 1, hour] where h >= 0 {
                for spike in randomSpikes(inHour: h) { rate *= spike.factor(at: t) }
            }
        }
        return max(0, rate)
    }

    /// The random spikes that start in hour `h`: a Poisson count with the configured mean, each with
    /// seeded start, duration and multiplier.
    func randomSpikes(inHour h: Int) -> [Scenario.WorkloadSpec.Spike] {
        guard let random = spec.randomSpikes, random.perHour > 0 else { return [] }
        var generator = SeededGenerator(seed: salt &+ UInt64(h) &* 0x9E37_79B9_7F4A_7C15)
        var spikes: [Scenario.WorkloadSpec.Spike] = []
        var at = generator.exponential(rate: random.perHour / 3600)
        while at < 3600, spikes.count < 60 {
            spikes.append(.init(
                at: Double(h) * 3600 + at, duration: generator.uniform(random.duration),
                multiplier: generator.uniform(random.multiplier)))
            at += generator.exponential(rate: random.perHour / 3600)
        }
        return spikes
    }
}

extension Scenario.WorkloadSpec.Spike {
    /// 1 outside the spike; the multiplier at its height, reached and left over a tenth of its duration.
    func factor(at t: Double) -> Double {
        guard t >= at, t <= at + duration else { return 1 }
        let ramp = max(1, duration / 10)
        let envelope = min(1, (t - at) / ramp, (at + duration - t) / ramp)
        return 1 + (multiplier - 1) * envelope
    }
}

import Foundation

extension Scenario {
    /// The requests a service receives over time, and what serving them costs its tasks. The rate is a
    /// pure function of time (and the seed for random spikes), so logs can be synthesized for any moment.
    public struct WorkloadSpec: Sendable {
        /// Requests per second across the whole service, before the wave and spikes.
        public var requestsPerSecond: Double
        public var wave: Wave?
        /// Spikes at fixed times.
        public var spikes: [Spike]
        /// Spikes at seeded random times.
        public var randomSpikes: RandomSpikes?
        /// Requests per second one task serves at 100 % of the CPU it reserves.
        public var requestsPerTaskAtFullCPU: Double
        /// CPU share a task uses with no requests at all.
        public var idleCPU: Double
        /// Memory share (of the hard limit, or the reservation) a task uses with no load …
        public var baseMemory: Double
        /// … plus this much at one full CPU's worth of load. Memory follows load slowly (heaps grow and
        /// shrink over minutes), and above 100 % of a hard limit the container is OOM-killed.
        public var memoryPerLoad: Double
        /// Share of requests that fail with a 5xx.
        public var errorRate: Double
        /// Paths the request log lines pick from.
        public var paths: [String]

        public init(
            requestsPerSecond: Double, wave: Wave? = nil, spikes: [Spike] = [], randomSpikes: RandomSpikes? = nil,
            requestsPerTaskAtFullCPU: Double = 100, idleCPU: Double = 0.05, baseMemory: Double = 0.45,
            memoryPerLoad: Double = 0.3, errorRate: Double = 0.002,
            paths: [String] = ["/api/orders", "/api/orders/{id}", "/api/cart", "/api/users/{id}", "/health"]
        ) {
            self.requestsPerSecond = requestsPerSecond
            self.wave = wave
            self.spikes = spikes
            self.randomSpikes = randomSpikes
            self.requestsPerTaskAtFullCPU = requestsPerTaskAtFullCPU
            self.idleCPU = idleCPU
            self.baseMemory = baseMemory
            self.memoryPerLoad = memoryPerLoad
            self.errorRate = errorRate
            self.paths = paths
        }

        /// A sine wave around the base rate: a "day" of `period` seconds (86,400 for a real day).
        public struct Wave: Sendable {
            public var period: Double
            /// 0…1: the rate swings between base × (1 − amplitude) and base × (1 + amplitude).
            public var amplitude: Double
            /// Seconds into the period at simulation start.
            public var phase: Double

            public init(period: Double = 86_400, amplitude: Double, phase: Double = 0) {
                self.period = period
                self.amplitude = amplitude
                self.phase = phase
            }
        }

        /// The rate multiplied by `multiplier` from `at` for `duration` seconds (ramping up and down over
        /// a tenth of the duration each, as real surges do).
        public struct Spike: Sendable {
            public var at: Double
            public var duration: Double
            public var multiplier: Double

            public init(at: Double, duration: Double, multiplier: Double) {
                self.at = at
                self.duration = duration
                self.multiplier = multiplier
            }
        }

        /// On average `perHour` spikes an hour, each with a seeded multiplier and duration.
        public struct RandomSpikes: Sendable {
            public var perHour: Double
            public var multiplier: ClosedRange<Double>
            public var duration: ClosedRange<Double>

            public init(perHour: Double, multiplier: ClosedRange<Double> = 1.5...2.5, duration: ClosedRange<Double> = 120...420) {
                self.perHour = perHour
                self.multiplier = multiplier
                self.duration = duration
            }
        }

        func validationErrors(service: String) -> [String] {
            var errors: [String] = []
            let label = "Service \(service): workload"
            if requestsPerSecond < 0 { errors.append("\(label) needs requestsPerSecond ≥ 0.") }
            if requestsPerTaskAtFullCPU <= 0 { errors.append("\(label) needs requestsPerTaskAtFullCPU > 0.") }
            if let wave, wave.period <= 0 || !(0...1).contains(wave.amplitude) {
                errors.append("\(label) wave needs a positive period and an amplitude of 0–1.")
            }
            if spikes.contains(where: { $0.duration <= 0 || $0.multiplier <= 0 }) {
                errors.append("\(label) spikes need a positive duration and multiplier.")
            }
            if let random = randomSpikes, random.perHour < 0 || random.perHour > 60 || random.duration.lowerBound <= 0 || random.duration.upperBound > 3600
                || random.multiplier.lowerBound <= 0 {
                errors.append("\(label) random spikes need 0–60 per hour, durations of 0–3600 s and positive multipliers.")
            }
            if paths.isEmpty { errors.append("\(label) needs at least one path.") }
            return errors
        }
    }
}

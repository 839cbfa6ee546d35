import Foundation

/// xoshiro256** seeded through SplitMix64. Swift's system generator cannot be seeded, and the simulation
/// must replay exactly from a seed, so every random draw in the simulator goes through one of these.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    public init(seed: UInt64) {
        // SplitMix64 spreads any seed (even 0) over the 256-bit state, as xoshiro's authors recommend.
        var state = seed
        func splitMix() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, by: 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// Uniform in [0, 1), from the top 53 bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in `range`.
    public mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// Uniform in 0..<bound.
    public mutating func index(below bound: Int) -> Int { Int(next(upperBound: UInt64(bound))) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Exponentially distributed with the given rate (events per second), for Poisson processes.
    public mutating func exponential(rate: Double) -> Double { -log(1 - unit()) / rate }

    // MARK: Identifiers, in the shapes ECS uses

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `count` lowercase hex digits.
    mutating func hex(_ count: Int) -> String {
        var bytes = [UInt8](repeating: 0, count: count)
        var bits = next()
        var available = 16
        for i in 0..<count {
            if available == 0 {
                bits = next()
                available = 16
            }
            bytes[i] = Self.hexDigits[Int(bits & 0xF)]
            bits >>= 4
            available -= 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A task or container instance id: 32 hex digits.
    mutating func resourceID() -> String { hex(32) }

    /// An EC2 instance id: `i-0` and 16 hex digits (17 in all, like current EC2 ids).
    mutating func ec2InstanceID() -> String { "i-0" + hex(16) }

    /// A deployment id: `ecs-svc/` and 19 digits.
    mutating func deploymentID() -> String {
        let digits = 1_000_000_000_000_000_000 + next(upperBound: UInt64(9_000_000_000_000_000_000))
        return "ecs-svc/\(digits)"
    }

    /// A UUID-shaped id, as ECS gives service events.
    mutating func uuid() -> String {
        let h = hex(32)
        let c = Array(h.utf8)
        func part(_ r: Range<Int>) -> String { String(decoding: c[r], as: UTF8.self) }
        return "\(part(0..<8))-\(part(8..<12))-\(part(12..<16))-\(part(16..<20))-\(part(20..<32))"
    }
}

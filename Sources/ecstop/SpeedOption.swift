import ArgumentParser
import Foundation

/// `--speed`, declared once for the commands that move simulated time with the wall clock (`ecstop`,
/// `serve`, `replay`), with the one range they accept.
struct SpeedOption: ParsableArguments {
    static let range = 0.25...100.0

    // Optional, so that a scenario file's own speed applies when the flag is not given.
    @Option(help: "Simulated seconds per real second, 0.25 to 100. (default: a scenario file's own, else 1)")
    var speed: Double?

    func validate() throws {
        guard let speed, !Self.range.contains(speed) else { return }
        throw ValidationError(
            "--speed must be between \(Self.format(Self.range.lowerBound)) and \(Self.format(Self.range.upperBound)), not \(Self.format(speed))")
    }

    private static func format(_ value: Double) -> String { String(format: "%g", value) }
}

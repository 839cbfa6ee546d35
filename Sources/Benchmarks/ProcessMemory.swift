import Foundation

/// This process's memory as Linux reports it in /proc/self/status.
enum ProcessMemory {
    static func residentMiB() -> Int { field("VmRSS:") }
    static func peakResidentMiB() -> Int { field("VmHWM:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return -1 }
        return kilobytes / 1024
    }
}

/// The task sizes Fargate runs: each CPU value allows a range of memory in fixed steps (MiB).
enum FargateTaskSize {
    private struct Row {
        var cpu: Int
        var memory: [Int]
    }

    private static let gib = 1024

    private static let rows: [Row] = [
        Row(cpu: 256, memory: [512, 1 * gib, 2 * gib]),
        Row(cpu: 512, memory: Array(stride(from: 1 * gib, through: 4 * gib, by: gib))),
        Row(cpu: 1024, memory: Array(stride(from: 2 * gib, through: 8 * gib, by: gib))),
        Row(cpu: 2048, memory: Array(stride(from: 4 * gib, through: 16 * gib, by: gib))),
        Row(cpu: 4096, memory: Array(stride(from: 8 * gib, through: 30 * gib, by: gib))),
        Row(cpu: 8192, memory: Array(stride(from: 16 * gib, through: 60 * gib, by: 4 * gib))),
        Row(cpu: 16384, memory: Array(stride(from: 32 * gib, through: 120 * gib, by: 8 * gib))),
    ]

    /// Whether Fargate has a CPU size of `cpu` units.
    static func isValid(cpu: Int) -> Bool { rows.contains { $0.cpu == cpu } }

    /// Whether `cpu` units with `memory` MiB is one of Fargate's configurations.
    static func isValid(cpu: Int, memory: Int) -> Bool {
        rows.first { $0.cpu == cpu }?.memory.contains(memory) ?? false
    }
}

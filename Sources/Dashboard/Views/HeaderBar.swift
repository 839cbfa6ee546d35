import Foundation

/// The top line: source and clock, the selected cluster's totals and utilization sparklines.
struct HeaderBar {
    var model: DashboardModel

    func draw(in rect: Rect, buffer: inout CellBuffer, theme: Theme, glyphs: Glyphs) {
        buffer.fill(rect, with: Cell(" ", style: theme[.header]))
        var x = buffer.write(" ecstop ", x: rect.x, y: rect.y, style: theme[.headerAccent])
        x = buffer.write(" " + sourceText + "   ", x: x, y: rect.y, style: theme[.header], maxX: rect.maxX)
        if case .simulation(_, _, true, _) = model.snapshot.source {
            x = buffer.write("PAUSED", x: x, y: rect.y, style: theme[.headerAccent], maxX: rect.maxX)
            // Stepping is the one thing to do with time while paused; say how, once there is room.
            if rect.maxX - x > 90 { x = buffer.write("  . steps", x: x, y: rect.y, style: theme[.header], maxX: rect.maxX) }
            x = buffer.write("   ", x: x, y: rect.y, style: theme[.header], maxX: rect.maxX)
        }
        guard let cluster = model.cluster else { return }
        let counts = cluster.cluster
        x = buffer.write(
            "cluster \(counts.name)   \(counts.registeredContainerInstancesCount) instances  \(counts.runningTasksCount) tasks   ",
            x: x, y: rect.y, style: theme[.header], maxX: rect.maxX)
        let sparkWidth = 10
        for (label, samples) in [("CPU", cluster.metrics.cpuUtilization), ("MEM", cluster.metrics.memoryUtilization)] {
            let latest = samples.last.map(Format.percent) ?? "-"
            // Only draw a metric when it fits whole.
            guard x + label.count + sparkWidth + latest.count + 5 <= rect.maxX else { break }
            x = buffer.write(label + " ", x: x, y: rect.y, style: theme[.header])
            var spark = theme[.sparkline]
            spark.background = theme[.header].background
            x = buffer.write(Sparkline.string(samples, width: sparkWidth, glyphs: glyphs), x: x, y: rect.y, style: spark)
            x = buffer.write(" \(latest)   ", x: x, y: rect.y, style: theme[.header])
        }
    }

    private var sourceText: String {
        switch model.snapshot.source {
        case .simulation(let seed, let speed, _, let elapsed):
            let seconds = Double(elapsed.components.seconds)
            let scenario = model.snapshot.scenarioName.map { "\($0)  " } ?? ""
            return "sim \(scenario)seed \(seed)  x\(Self.speedText(speed))  \(Format.clock(seconds))"
        case .remote(let endpoint, let stale):
            return "\(endpoint)  \(Format.clock(model.snapshot.time.timeIntervalSince1970))\(stale ? "  STALE" : "")"
        }
    }

    static func speedText(_ speed: Double) -> String {
        speed == speed.rounded() ? String(Int(speed)) : String(format: "%g", speed)
    }
}

import Foundation

/// Wording shared by the detail documents: labelled fields and durations.
enum DetailText {
    /// `  Status        ACTIVE`: a label column, then the value's spans.
    static func field(_ label: String, _ spans: [StyledLine.Span], labelWidth: Int = 14) -> StyledLine {
        var line = StyledLine()
        line.append("  " + Text.fit(label, to: labelWidth, alignment: .left, ellipsis: "…") + " ", .dim)
        line.spans += spans
        return line
    }

    static func field(_ label: String, _ value: String, _ role: Theme.Role = .row, labelWidth: Int = 14) -> StyledLine {
        field(label, [StyledLine.Span(value, role)], labelWidth: labelWidth)
    }

    /// `45s`, `4m 30s`, `2h 5m`: a countdown or an age, precise enough to watch it change.
    static func duration(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded(.up)))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return s % 60 == 0 ? "\(s / 60)m" : "\(s / 60)m \(s % 60)s" }
        return "\(s / 3600)h \(s / 60 % 60)m"
    }

    /// HH:MM:SS of a date (UTC), as the events pane shows times.
    static func clock(_ date: Date) -> String { Format.clock(date.timeIntervalSince1970) }

    /// Warnings as the events pane marks them.
    static func eventRole(_ message: String) -> Theme.Role {
        message.contains("unable") || message.contains("unhealthy") ? .eventWarning : .event
    }

    static func role(for rollout: RolloutState) -> Theme.Role {
        switch rollout {
        case .completed: .statusRunning
        case .inProgress: .statusPending
        case .failed: .unhealthy
        }
    }

    static func role(for state: TargetHealthState) -> Theme.Role {
        switch state {
        case .healthy: .statusRunning
        case .initial: .statusPending
        case .unhealthy, .unavailable: .unhealthy
        case .draining: .statusDraining
        case .unused: .statusStopped
        }
    }

    /// `cp-prod (base 1, weight 2), FARGATE (weight 1)`.
    static func strategy(_ items: [CapacityProviderStrategyItem]) -> String {
        items.map { item in
            item.base > 0 ? "\(item.capacityProvider) (base \(item.base), weight \(item.weight))"
                : "\(item.capacityProvider) (weight \(item.weight))"
        }.joined(separator: ", ")
    }
}

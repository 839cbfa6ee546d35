import Foundation

/// An EventBridge schedule: `rate(N minute|minutes|hour|hours|day|days)` (singular for 1, plural
/// otherwise, as EventBridge insists) or `cron(minutes hours day-of-month month day-of-week year)` in UTC.
///
/// Cron fields take `*`, numbers, ranges `a-b`, lists `a,b`, steps `*/n` and `a-b/n`; month names
/// JAN–DEC; day-of-week 1–7 with 1 = Sunday, or SUN–SAT; and exactly one of day-of-month and day-of-week
/// must be `?`. Simplified: `L`, `W` and `#` are not supported (rejected).
enum ScheduleExpression: Equatable, Sendable {
    case rate(seconds: Int)
    case cron(Cron)

    struct ParseError: Error, Equatable {}

    /// Allowed values of each cron field; nil for a `?` day field.
    struct Cron: Equatable, Sendable {
        var minutes: Set<Int>
        var hours: Set<Int>
        var daysOfMonth: Set<Int>?
        var months: Set<Int>
        /// 1 = Sunday … 7 = Saturday.
        var daysOfWeek: Set<Int>?
        var years: Set<Int>
    }

    init(parsing expression: String) throws(ParseError) {
        let text = expression.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("rate("), text.hasSuffix(")") {
            let words = text.dropFirst(5).dropLast().split(separator: " ")
            guard words.count == 2, let value = Int(words[0]), value > 0 else { throw ParseError() }
            let unit: Int
            switch words[1] {
            case "minute" where value == 1, "minutes" where value > 1: unit = 60
            case "hour" where value == 1, "hours" where value > 1: unit = 3_600
            case "day" where value == 1, "days" where value > 1: unit = 86_400
            default: throw ParseError()
            }
            self = .rate(seconds: value * unit)
        } else if text.hasPrefix("cron("), text.hasSuffix(")") {
            let fields = text.dropFirst(5).dropLast().split(separator: " ").map(String.init)
            guard fields.count == 6 else { throw ParseError() }
            let domAny = fields[2] == "?"
            let dowAny = fields[4] == "?"
            guard domAny != dowAny else { throw ParseError() }
            self = .cron(Cron(
                minutes: try Self.field(fields[0], 0...59),
                hours: try Self.field(fields[1], 0...23),
                daysOfMonth: domAny ? nil : try Self.field(fields[2], 1...31),
                months: try Self.field(fields[3], 1...12, names: Self.monthNames),
                daysOfWeek: dowAny ? nil : try Self.field(fields[4], 1...7, names: Self.dayNames),
                years: try Self.field(fields[5], 1970...2199)))
        } else {
            throw ParseError()
        }
    }

    private static let monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    private static let dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

    private static func field(_ text: String, _ range: ClosedRange<Int>, names: [String] = []) throws(ParseError) -> Set<Int> {
        func value(_ token: Substring) throws(ParseError) -> Int {
            if let index = names.firstIndex(of: token.uppercased()) { return range.lowerBound + index }
            guard let number = Int(token), range.contains(number) else { throw ParseError() }
            return number
        }
        var values = Set<Int>()
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = item.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count <= 2, !parts[0].isEmpty else { throw ParseError() }
            var step = 1
            if parts.count == 2 {
                guard let n = Int(parts[1]), n > 0 else { throw ParseError() }
                step = n
            }
            var low = range.lowerBound
            var high = range.upperBound
            if parts[0] != "*" {
                let bounds = parts[0].split(separator: "-", omittingEmptySubsequences: false)
                guard bounds.count <= 2 else { throw ParseError() }
                low = try value(bounds[0])
                // `a/n` means from a to the end of the range in steps of n.
                high = bounds.count == 2 ? try value(bounds[1]) : (parts.count == 2 ? range.upperBound : low)
                guard low <= high else { throw ParseError() }
            }
            values.formUnion(stride(from: low, through: high, by: step))
        }
        return values
    }

    // MARK: Firing times

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The first firing strictly after `date`; rates count whole periods from `start` (the rule's
    /// creation). nil when a cron never fires again (within five years).
    func nextFiring(after date: Date, start: Date) -> Date? {
        switch self {
        case .rate(let seconds):
            let elapsed = max(0, date.timeIntervalSince(start))
            let periods = (elapsed / Double(seconds)).rounded(.down) + 1
            return start.addingTimeInterval(periods * Double(seconds))
        case .cron(let cron):
            return cron.nextFiring(after: date, calendar: Self.calendar)
        }
    }
}

extension ScheduleExpression.Cron {
    func nextFiring(after date: Date, calendar: Calendar) -> Date? {
        // The next whole minute after `date`, then day by day.
        let start = calendar.dateInterval(of: .minute, for: date)!.end
        var day = calendar.startOfDay(for: start)
        let sortedHours = hours.sorted()
        let sortedMinutes = minutes.sorted()
        for _ in 0..<(5 * 366) {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
            if years.contains(parts.year!), months.contains(parts.month!),
               daysOfMonth.map({ $0.contains(parts.day!) }) ?? true,
               daysOfWeek.map({ $0.contains(parts.weekday!) }) ?? true {
                for hour in sortedHours {
                    for minute in sortedMinutes {
                        let candidate = day.addingTimeInterval(Double(hour * 3_600 + minute * 60))
                        if candidate >= start { return candidate }
                    }
                }
            }
            day = calendar.date(byAdding: .day, value: 1, to: day)!
        }
        return nil
    }
}

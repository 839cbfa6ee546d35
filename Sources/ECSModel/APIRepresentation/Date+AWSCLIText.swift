import Foundation

extension Date {
    /// The timestamp as AWS CLI v2 prints it by default (`cli_timestamp_format = iso8601`): Python's
    /// `datetime.isoformat()`, which writes microseconds only when there are some:
    /// `2026-01-01T00:04:31+00:00`, `2026-01-01T00:04:31.589000+00:00`. ECS keeps milliseconds, so the
    /// last three digits are always zero. The CLI uses the local zone; this always uses UTC, so the
    /// same simulation reads the same everywhere.
    public var awsCLIText: String {
        // Civil-from-days arithmetic instead of a formatter: the describe view formats dozens of these
        // per frame, and this is exact and allocation-light.
        let milliseconds = Int((timeIntervalSince1970 * 1000).rounded())
        let (daysRaw, dayMillisecondsRaw) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let days = dayMillisecondsRaw < 0 ? daysRaw - 1 : daysRaw
        let dayMilliseconds = dayMillisecondsRaw < 0 ? dayMillisecondsRaw + 86_400_000 : dayMillisecondsRaw
        let (year, month, day) = Date.civil(fromDays: days)
        let seconds = dayMilliseconds / 1000
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(seconds / 3600, 2) + ":"
            + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
        if dayMilliseconds % 1000 != 0 { text += "." + pad(dayMilliseconds % 1000, 3) + "000" }
        return text + "+00:00"
    }

    /// `2026-01-01T00:04:31Z`: ISO 8601 in UTC to the second, as CloudWatch Logs lines are shown.
    public var iso8601SecondsText: String {
        let seconds = Int(timeIntervalSince1970.rounded(.down))
        let (daysRaw, daySecondsRaw) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let days = daySecondsRaw < 0 ? daysRaw - 1 : daysRaw
        let daySeconds = daySecondsRaw < 0 ? daySecondsRaw + 86_400 : daySecondsRaw
        let (year, month, day) = Date.civil(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(daySeconds / 3600, 2) + ":"
            + pad(daySeconds / 60 % 60, 2) + ":" + pad(daySeconds % 60, 2) + "Z"
    }

    private func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Howard Hinnant's `civil_from_days`: days since 1970-01-01 to a proleptic Gregorian date.
    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

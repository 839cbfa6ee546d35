import Dashboard

/// `--at` values: the command line's duration syntax, with errors worded for a flag.
enum DurationArgument {
    static func parse(_ text: String) throws(ArgumentValueError) -> Duration {
        do {
            return try DurationText.parse(text)
        } catch .negative {
            throw ArgumentValueError("time must not be negative")
        } catch .tooLong {
            throw ArgumentValueError("time must be at most 30 days")
        } catch {
            throw ArgumentValueError("expected a time such as 90s, 5m, 1h, 1m30s or plain seconds")
        }
    }
}

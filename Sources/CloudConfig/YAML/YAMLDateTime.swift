/// A date and time, as PyYAML constructs `2001-12-14 21:59:43.10 -5` (Python's
/// `datetime.datetime`), with or without a fixed UTC offset.
public struct YAMLDateTime: Sendable, Hashable, CustomStringConvertible {
    /// The calendar date.
    public let date: YAMLDate
    /// The hour, 0 through 23.
    public let hour: Int
    /// The minute, 0 through 59.
    public let minute: Int
    /// The second, 0 through 59.
    public let second: Int
    /// The microsecond, 0 through 999999.
    public let microsecond: Int
    /// The offset from UTC in minutes, or `nil` for a naive time (no zone given).
    public let utcOffsetMinutes: Int?

    /// Creates a date and time, or `nil` when Python's `datetime` would refuse it.
    ///
    /// - Parameters:
    ///   - date: The calendar date.
    ///   - hour: The hour, 0 through 23.
    ///   - minute: The minute, 0 through 59.
    ///   - second: The second, 0 through 59.
    ///   - microsecond: The microsecond, 0 through 999999.
    ///   - utcOffsetMinutes: The offset from UTC, strictly between -24 and +24 hours, or `nil`.
    public init?(
        date: YAMLDate, hour: Int, minute: Int, second: Int, microsecond: Int,
        utcOffsetMinutes: Int?
    ) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
            (0...999_999).contains(microsecond)
        else { return nil }
        if let offset = utcOffsetMinutes, abs(offset) >= 24 * 60 { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The form Python's `isoformat()` writes: `2001-12-14T21:59:43.100000-05:00`.
    public var description: String { isoformat(separator: "T") }

    /// The ISO 8601 form with a chosen date-time separator, as Python's `isoformat(sep)`.
    ///
    /// - Parameter separator: `T`, or a space as PyYAML's representer uses.
    /// - Returns: The formatted date and time.
    public func isoformat(separator: String) -> String {
        var text = date.description + separator + YAMLDate.pad(hour, 2) + ":"
        text += YAMLDate.pad(minute, 2) + ":" + YAMLDate.pad(second, 2)
        if microsecond != 0 { text += "." + YAMLDate.pad(microsecond, 6) }
        if let offset = utcOffsetMinutes {
            text += offset < 0 ? "-" : "+"
            text += YAMLDate.pad(abs(offset) / 60, 2) + ":" + YAMLDate.pad(abs(offset) % 60, 2)
        }
        return text
    }

    /// Microseconds since 0001-01-01 00:00 in UTC (aware) or in the wall clock (naive).
    var instant: Int {
        let seconds = ((date.ordinal * 24 + hour) * 60 + minute - (utcOffsetMinutes ?? 0)) * 60
        return (seconds + second) * 1_000_000 + microsecond
    }

    /// Python's equality: aware values compare as instants, naive values by their fields, and an
    /// aware value never equals a naive one.
    public static func == (lhs: YAMLDateTime, rhs: YAMLDateTime) -> Bool {
        guard (lhs.utcOffsetMinutes == nil) == (rhs.utcOffsetMinutes == nil) else { return false }
        return lhs.instant == rhs.instant
    }

    /// Hashes the value consistently with its equality.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(utcOffsetMinutes == nil)
        hasher.combine(instant)
    }
}

/// A header field of a part, as cloud-init's processor holds it when the handler receives the
/// part: the fields the part declared (in Python's `compat32` form) plus those cloud-init
/// sets itself (`Content-Disposition` with the file name, a second `Launch-Index`, ...).
public struct MIMEHeaderField: Sendable, Hashable {
    /// The name as written.
    public var name: String
    /// The value after the colon, without leading blanks; continuation lines keep their line
    /// breaks.
    public var value: String
    /// Where the value is written; `nil` for a field cloud-init added.
    public var valueRange: EnvelopeRange?

    /// Creates a field.
    ///
    /// - Parameters:
    ///   - name: The name.
    ///   - value: The value.
    ///   - valueRange: Where the value is written.
    public init(name: String, value: String, valueRange: EnvelopeRange? = nil) {
        self.name = name
        self.value = value
        self.valueRange = valueRange
    }
}

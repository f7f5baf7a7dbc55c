internal import BigInt

/// An integer as Python holds it, unbounded: what PyYAML constructs, and what the Azure Linux
/// Agent reads from waagent.conf (``AgentValue/integer(_:)``); held in a machine word when it
/// fits.
public struct YAMLInteger: Sendable, Hashable, Comparable, CustomStringConvertible {
    private enum Storage: Sendable, Hashable {
        case small(Int)
        case big(BigInt)
    }

    private let storage: Storage

    /// Creates an integer from a machine integer.
    ///
    /// - Parameter value: The value.
    public init(_ value: Int) { storage = .small(value) }

    /// Creates an integer from an unbounded integer, narrowing it when it fits a machine word.
    ///
    /// - Parameter value: The value.
    init(_ value: BigInt) {
        if let small = Int(exactly: value) {
            storage = .small(small)
        } else {
            storage = .big(value)
        }
    }

    /// The value as a machine integer, or `nil` when it does not fit.
    public var intValue: Int? {
        switch storage {
        case .small(let value): value
        case .big: nil
        }
    }

    /// The value as an unbounded integer.
    var bigValue: BigInt {
        switch storage {
        case .small(let value): BigInt(value)
        case .big(let value): value
        }
    }

    /// The value as the nearest double, as Python's `float(int)` would give (infinite when too
    /// large).
    public var doubleValue: Double {
        switch storage {
        case .small(let value): Double(value)
        // BigInt's conversion gives +infinity for any value too large, whatever its sign: convert
        // the magnitude and apply the sign, so that a huge negative integer is -infinity.
        case .big(let value): value.sign == .minus ? -Double(value.magnitude) : Double(value.magnitude)
        }
    }

    /// The decimal digits, as Python's `str(int)` writes them.
    public var description: String {
        switch storage {
        case .small(let value): String(value)
        case .big(let value): value.description
        }
    }

    /// Whether the left value sorts before the right one.
    public static func < (lhs: YAMLInteger, rhs: YAMLInteger) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.small(let a), .small(let b)): a < b
        default: lhs.bigValue < rhs.bigValue
        }
    }
}

/// One way a value fails the catalog, found by ``SchemaValidator``.
package struct SchemaFinding: Sendable {
    /// What is wrong.
    package enum Kind: Sendable {
        /// The value has the wrong type.
        case typeMismatch(expected: [JSONType])
        /// A key the mapping does not declare; `known` lists the keys it does.
        case unknownKey(String, known: [String])
        /// A key the mapping does not declare but the target's validator lets pass (the top level
        /// of cloud-init 22.4.2); cloud-init ignores it. `known` lists the keys it does declare.
        case ignoredKey(String, known: [String])
        /// The value is not one of the allowed values.
        case notAllowed([SchemaLiteral])
        /// A required key is missing.
        case missingKey(String)
        /// A string does not match the required pattern.
        case patternMismatch(String)
        /// A string does not have the required format.
        case formatMismatch(SchemaFormat)
        /// A number is below the minimum.
        case belowMinimum(Double)
        /// A number is above the maximum.
        case aboveMaximum(Double)
        /// A list has fewer items than required.
        case tooFewItems(Int)
        /// A list has more items than allowed.
        case tooManyItems(Int)
        /// A list item repeats an earlier one (at the given index) where items must be distinct.
        case duplicateItem(firstIndex: Int)
        /// A mapping has fewer keys than required.
        case tooFewKeys(Int)
        /// More than one alternative matches where exactly one must.
        case ambiguousAlternatives(Int)
        /// The value matches a schema it must not match.
        case forbidden
        /// The key is deprecated.
        case deprecatedKey(Deprecation)
        /// This form of the value is deprecated.
        case deprecatedValue(Deprecation)
        /// The target cloud-init release does not have the key or form yet.
        case unavailable(VersionBound)
        /// The target cloud-init release no longer has the key or form.
        case removed(VersionBound)

        /// For ``unknownKey(_:known:)`` and ``ignoredKey(_:known:)``: the key, the keys the
        /// mapping declares, and whether the target lets the key pass (and ignores it).
        package var undeclaredKey: (name: String, known: [String], isIgnored: Bool)? {
            switch self {
            case .unknownKey(let name, let known): (name, known, false)
            case .ignoredKey(let name, let known): (name, known, true)
            default: nil
            }
        }
    }

    /// What is wrong.
    package var kind: Kind
    /// The node at fault: the value, or for key findings the key.
    package var node: YAMLNodeID
    /// Where the value is, as cloud-init prints paths.
    package var path: KeyPath
    /// The schema the value failed.
    package var schema: Schema

    /// Whether cloud-init's validator counts the finding as an error rather than a deprecation.
    package var isError: Bool {
        switch kind {
        case .deprecatedKey, .deprecatedValue, .ignoredKey: false
        default: true
        }
    }

    /// Whether the finding is about the target release rather than the value's shape.
    package var isAvailabilityFinding: Bool {
        switch kind {
        case .unavailable, .removed: true
        default: false
        }
    }
}

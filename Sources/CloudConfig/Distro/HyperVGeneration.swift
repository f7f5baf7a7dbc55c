/// A Hyper-V VM generation, as an Azure Compute Gallery image definition names it.
public enum HyperVGeneration: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// Generation 1: BIOS boot.
    case v1 = "V1"
    /// Generation 2: UEFI boot; required for remote NVMe and for Arm64.
    case v2 = "V2"

    /// The generation as Azure writes it: `V1` or `V2`.
    public var description: String { rawValue }

    /// Orders V1 before V2.
    public static func < (lhs: HyperVGeneration, rhs: HyperVGeneration) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A CPU architecture, as an Azure Compute Gallery image definition names it.
public enum ImageArchitecture: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// 64-bit x86.
    case x64
    /// 64-bit Arm (Generation 2 only).
    case arm64 = "Arm64"

    /// The architecture as Azure writes it: `x64` or `Arm64`.
    public var description: String { rawValue }
}

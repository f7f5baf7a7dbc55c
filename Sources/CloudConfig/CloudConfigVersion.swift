/// The version of cloudcfg.
public enum CloudConfigVersion {
    /// The release, in semantic versioning.
    public static let current = "0.1.0"
}

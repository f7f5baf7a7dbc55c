/// How the Azure resource (temporary) disk is laid out: where its file system is mounted and
/// how much of it is swap.
///
/// The disk is wiped when a VM moves to another host, so it holds only what can be lost. Who
/// lays it out depends on the provisioner: cloud-init (from user-data, in percentages of the
/// disk) or the Azure Linux Agent (from waagent.conf, in megabytes) — never both.
public struct ResourceDisk: Sendable, Hashable {
    /// Where the file system is mounted; `nil` for the provisioner's default (`/mnt` with
    /// cloud-init, `/mnt/resource` with the agent).
    public var mountPoint: String?
    /// Swap on the disk; `nil` for none.
    public var swap: SwapSize?

    /// Creates a layout.
    ///
    /// - Parameters:
    ///   - mountPoint: Where the file system is mounted.
    ///   - swap: Swap on the disk.
    public init(mountPoint: String? = nil, swap: SwapSize? = nil) {
        self.mountPoint = mountPoint
        self.swap = swap
    }
}

/// The size of swap on the resource disk, in the unit each provisioner takes: cloud-init
/// partitions the disk by percentage, the agent makes a swap file of a number of megabytes.
/// Give both to serve distributions of either kind from one profile.
public struct SwapSize: Sendable, Hashable {
    /// The share of the disk, 1 through 99 (cloud-init).
    public var percent: Int?
    /// The size in megabytes, 1 through 1,048,576 (the agent's `ResourceDisk.SwapSizeMB`).
    public var megabytes: Int?

    /// Creates a size.
    ///
    /// - Parameters:
    ///   - percent: The share of the disk, for cloud-init.
    ///   - megabytes: The size in megabytes, for the agent.
    public init(percent: Int? = nil, megabytes: Int? = nil) {
        self.percent = percent
        self.megabytes = megabytes
    }
}

/// An Azure data disk to partition, format and mount on first boot, found by its LUN
/// (`/dev/disk/azure/scsi1/lun<N>`, the agent's udev link).
public struct DataDisk: Sendable, Hashable {
    /// The file systems cloudcfg makes.
    public enum FileSystem: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// ext4.
        case ext4
        /// XFS.
        case xfs

        /// The name as `mkfs` and fstab write it.
        public var description: String { rawValue }

        /// The longest label `mkfs` takes: 16 characters for ext4, 12 for XFS.
        public var maximumLabelLength: Int { self == .ext4 ? 16 : 12 }
    }

    /// The logical unit number the disk is attached at, 0 through 63.
    public var lun: Int
    /// Where it is mounted.
    public var mountPoint: String
    /// The file system.
    public var fileSystem: FileSystem
    /// The file system label; `nil` for none.
    public var label: String?

    /// Creates a data disk.
    ///
    /// - Parameters:
    ///   - lun: The LUN.
    ///   - mountPoint: Where it is mounted.
    ///   - fileSystem: The file system; ext4 by default.
    ///   - label: The file system label.
    public init(lun: Int, mountPoint: String, fileSystem: FileSystem = .ext4, label: String? = nil) {
        self.lun = lun
        self.mountPoint = mountPoint
        self.fileSystem = fileSystem
        self.label = label
    }

    /// The device's stable path.
    public var devicePath: String { "/dev/disk/azure/scsi1/lun\(lun)" }
}

/// Time servers: host names or addresses for `servers`, pool names for `pools`.
public struct NTPSettings: Sendable, Hashable {
    /// Servers.
    public var servers: [String]
    /// Pools.
    public var pools: [String]

    /// Creates settings.
    ///
    /// - Parameters:
    ///   - servers: Servers.
    ///   - pools: Pools.
    public init(servers: [String] = [], pools: [String] = []) {
        self.servers = servers
        self.pools = pools
    }
}

/// What an Azure Compute Gallery image definition says about the image: generalized or
/// specialized, the Hyper-V generation and the architecture.
public struct ImageDefinition: Sendable, Hashable {
    /// Generalized or specialized.
    public var osState: OSState
    /// The Hyper-V generation.
    public var hyperVGeneration: HyperVGeneration
    /// The architecture.
    public var architecture: ImageArchitecture

    /// Creates a definition.
    ///
    /// - Parameters:
    ///   - osState: Generalized (the default) or specialized.
    ///   - hyperVGeneration: V2 by default.
    ///   - architecture: x64 by default.
    public init(
        osState: OSState = .generalized, hyperVGeneration: HyperVGeneration = .v2,
        architecture: ImageArchitecture = .x64
    ) {
        self.osState = osState
        self.hyperVGeneration = hyperVGeneration
        self.architecture = architecture
    }
}

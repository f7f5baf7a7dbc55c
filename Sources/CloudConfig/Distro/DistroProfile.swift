/// What cloudcfg knows about one distribution release on Azure: who provisions it, which agent
/// and cloud-init it ships, what its image needs (drivers, kernel arguments, drop-ins) and how
/// it is generalized. Every fact carries its evidence label (``DistroFact``).
///
/// The catalog is data: static members such as ``ubuntu2404`` and ``all``; code asks a
/// profile, never compares distribution names.
public struct DistroProfile: Sendable, Identifiable {
    /// The cloud-init a distribution ships, and the release to lint its user-data against.
    public struct CloudInit: Sendable, Hashable {
        /// The release the distribution's current updates carry; `nil` when it is open.
        public let version: DistroFact<CloudInitVersion?>
        /// The release `lint --distro` targets: the shipped one, or an older one when the
        /// shipped release is uncertain, never older than the oldest release cloudcfg describes.
        public let lintTarget: CloudInitVersion
        /// Why that target, lower-case, without a final period.
        public let lintTargetReason: String
        /// Whether the release has `cloud-init clean --machine-id` (22.3 and later); `false` when
        /// the release is open.
        public var cleansMachineID: Bool { version.value.map { $0 >= "22.3" } ?? false }
    }

    /// The Azure Linux Agent as the image carries it.
    public struct Agent: Sendable, Hashable {
        /// The package that installs it; `nil` when it is part of the image (Flatcar).
        public let package: DistroFact<String?>
        /// The systemd unit.
        public let service: DistroFact<String>
        /// The program's path.
        public let binary: DistroFact<String>
        /// The path the agent reads its configuration from.
        public let configurationPath: DistroFact<String>
        /// Where the image's own file is when it is not ``configurationPath`` (Flatcar links
        /// `/etc/waagent.conf` to `/usr/share/waagent/waagent.conf` unless `/etc/waagent.conf`
        /// exists); `nil` when it is the same file.
        public let shippedConfigurationPath: String?
        /// How a customised waagent.conf reaches the image.
        public let delivery: Delivery

        /// How a customised waagent.conf reaches the image.
        public enum Delivery: String, Sendable, Hashable {
            /// Written into the image at ``configurationPath`` when the image is built.
            case imageFile = "image-file"
            /// Written at first boot by an Ignition `storage.files` entry at
            /// ``configurationPath`` (`/usr` is read-only on Flatcar).
            case ignitionStorageFile = "ignition-storage-file"
        }
    }

    /// The identifier, such as `ubuntu-24.04`.
    public let id: String
    /// The name for people, such as `Ubuntu 24.04 LTS`.
    public let name: String
    /// The release, such as `24.04`.
    public let version: String
    /// Who provisions a VM from this image.
    public let provisioner: DistroFact<Provisioner>
    /// The cloud-init the image ships; `nil` when cloud-init does not provision it.
    public let cloudInit: CloudInit?
    /// The Azure Linux Agent.
    public let agent: Agent
    /// The package manager.
    public let packageManager: DistroFact<PackageManager>
    /// The packages an image needs for Azure, besides the agent: cloud-init, growpart, the
    /// Hyper-V daemons, disk tools.
    public let packages: DistroFact<[String]>
    /// The packages with the Hyper-V daemons (KVP, VSS, file copy).
    public let hyperVDaemonPackages: DistroFact<[String]>
    /// The package with `growpart`, which grows the root partition; `nil` when none is needed.
    public let growpartPackage: DistroFact<String?>
    /// The tool that builds the initramfs.
    public let initramfs: DistroFact<InitramfsTool>
    /// The Hyper-V drivers the initramfs must contain (empty when the kernel has them or the
    /// image comes built).
    public let hyperVDrivers: DistroFact<[String]>
    /// The kernel arguments Azure needs: serial console, early printk, interface names.
    public let kernelArguments: DistroFact<[String]>
    /// cloud-init's default user for the distribution (`users: [default]`); on Azure the admin
    /// user of the VM's osProfile takes its name. `nil` when there is none.
    public let defaultUser: DistroFact<String?>
    /// The architectures Azure images exist for.
    public let architectures: DistroFact<[ImageArchitecture]>
    /// The Hyper-V generations the image supports.
    public let hyperVGenerations: DistroFact<[HyperVGeneration]>
    /// The cloud-init drop-ins to install in `/etc/cloud/cloud.cfg.d` (none when cloud-init does
    /// not provision).
    public let dropIns: [CloudConfigDropIn]
    /// What else is known, lower-case sentences without a final period.
    public let notes: [String]

    /// The waagent.conf the image ships (``AgentBaseline/forDistro(_:)``).
    public var agentBaseline: AgentBaseline? { AgentBaseline.forDistro(id) }

    /// Why the image ships that waagent.conf.
    public var agentBaselineMapping: AgentDistroBaseline? { AgentBaseline.distroMapping.first { $0.distro == id } }
}

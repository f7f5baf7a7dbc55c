/// The tool that builds an image's initramfs, into which the Hyper-V drivers must go when the
/// kernel does not have them built in.
public enum InitramfsTool: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// dracut (RHEL, Oracle, CentOS 7, SUSE, Azure Linux): `add_drivers+=" ... "` in
    /// `/etc/dracut.conf.d/*.conf`.
    case dracut
    /// initramfs-tools (Debian, Ubuntu): one module per line in `/etc/initramfs-tools/modules`.
    case initramfsTools = "initramfs-tools"
    /// mkinitrd with `--preload` (old RHEL and SUSE releases).
    case mkinitrd
    /// None to configure: the image comes built (Flatcar).
    case none

    /// The tool's name.
    public var description: String { rawValue }
}

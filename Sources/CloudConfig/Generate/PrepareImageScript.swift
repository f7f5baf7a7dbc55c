/// The script that generalizes an image before capture: the distribution's generalize steps
/// (``DistroProfile/generalizeSteps(for:)``) in their order, each with why it is there, under
/// `set -euo pipefail` so that a failing step stops the script before the image is captured.
public enum PrepareImageScript {
    /// The script for a distribution, or `nil` for a specialized image, which is not generalized.
    ///
    /// - Parameters:
    ///   - distro: The distribution.
    ///   - state: Whether the image is generalized or specialized.
    /// - Returns: The script's text, starting with `#!/bin/bash`.
    public static func script(for distro: DistroProfile, state: OSState) -> String? {
        let steps = distro.generalizeSteps(for: state)
        guard !steps.isEmpty else { return nil }
        var text = """
            #!/bin/bash
            # Generalizes this \(distro.name) image for capture; written by cloudcfg.
            # Run it as root on the build VM as the last step, then stop (deallocate) and capture the VM:
            # it deletes the build user and this machine's identity, so the VM cannot be used afterwards.
            set -euo pipefail

            if [ "$(id -u)" -ne 0 ]; then
              echo "prepare-image.sh: run as root" >&2
              exit 1
            fi

            """
        for (index, step) in steps.enumerated() {
            text += "\n# \(index + 1). \(step.id) (\(step.evidence.rawValue)): \(step.why)\n"
            text += step.command.description + "\n"
        }
        return text
    }
}

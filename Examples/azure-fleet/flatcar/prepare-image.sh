#!/bin/bash
# Generalizes this Flatcar Container Linux image for capture; written by cloudcfg.
# Run it as root on the build VM as the last step, then stop (deallocate) and capture the VM:
# it deletes the build user and this machine's identity, so the VM cannot be used afterwards.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "prepare-image.sh: run as root" >&2
  exit 1
fi

# 1. stop-agent (inferred): the agent must not write state or logs while the image is cleaned
systemctl stop waagent.service

# 2. deprovision (source): delete the build user, host keys per waagent.conf, leases and the agent's state; on Flatcar it also removes /etc/machine-id
waagent -force -deprovision+user

# 3. ignition-first-boot (docs): Ignition runs only on a first boot, which GRUB detects by flatcar/first_boot in the EFI system partition
mkdir -p /boot/flatcar && touch /boot/flatcar/first_boot

# 4. sync (inferred): flush writes before the VM is stopped and captured
sync

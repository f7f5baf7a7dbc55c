#!/bin/bash
# Generalizes this Red Hat Enterprise Linux 8 image for capture; written by cloudcfg.
# Run it as root on the build VM as the last step, then stop (deallocate) and capture the VM:
# it deletes the build user and this machine's identity, so the VM cannot be used afterwards.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "prepare-image.sh: run as root" >&2
  exit 1
fi

# 1. stop-agent (inferred): the agent must not write state or logs while the image is cleaned
systemctl stop waagent.service

# 2. cloud-init-clean (source): each VM must run cloud-init as a new instance: remove its state, logs and seed, and the machine id
cloud-init clean --logs --seed --machine-id

# 3. deprovision (source): delete the build user, host keys per waagent.conf, leases and the agent's state; it needs ovf-env.xml in /var/lib/waagent, so it runs before anything removes that directory
/usr/sbin/waagent -force -deprovision+user

# 4. sync (inferred): flush writes before the VM is stopped and captured
sync

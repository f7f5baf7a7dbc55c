#!/usr/bin/python3
"""cloud-init's own reading of its system configuration, as the judge of cloudcfg's.

Run with Debian's /usr/bin/python3 (cloud-init 22.4.2), or with cloud-init 26.2 first on
PYTHONPATH (scripts/dev/record-system-config-26.2 does that).

    system_config_oracle.py record DIR

For every case directory DIR/<case> (a cloud.cfg and a cloud.cfg.d, either may be missing):

- "merged": what cloudinit.util.read_conf_with_confd(DIR/<case>/cloud.cfg) returns, the system
  configuration cloud-init reads at boot, in the Show JSON contract (pyyaml_oracle.dumps); or
  "error", the exception's type, when cloud-init stops;
- "files": for cloud.cfg and each cloud.cfg.d/*.cfg, what cloudinit.util.read_conf returns, and
  "ignored": whether cloud-init logged that it could not load the file (it reads {} then).
"""
import json
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "oracle"))

import pyyaml_oracle  # noqa: E402  (the Show JSON contract)
from cloudinit import util  # noqa: E402
from cloudinit import version as cloudinit_version  # noqa: E402


class Warnings(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


def record(directory):
    warnings = Warnings()
    logging.getLogger("cloudinit").addHandler(warnings)
    cases = {}
    for case in sorted(os.listdir(directory)):
        base = os.path.join(directory, case)
        if not os.path.isdir(base):
            continue
        answer = {}
        try:
            merged = util.read_conf_with_confd(os.path.join(base, "cloud.cfg"))
            answer["merged"] = pyyaml_oracle.dumps(pyyaml_oracle.contract(merged))
        except Exception as error:  # cloud-init stops on any of these
            answer["error"] = type(error).__name__
        files = {}
        names = ["cloud.cfg"] if os.path.isfile(os.path.join(base, "cloud.cfg")) else []
        dropins = os.path.join(base, "cloud.cfg.d")
        if os.path.isdir(dropins):
            names += ["cloud.cfg.d/" + name for name in sorted(os.listdir(dropins)) if name.endswith(".cfg")]
        for name in names:
            before = warnings.count
            try:
                loaded = util.read_conf(os.path.join(base, name))
                json_text = pyyaml_oracle.dumps(pyyaml_oracle.contract(loaded))
                files[name] = {"json": json_text, "ignored": warnings.count > before}
            except Exception as error:
                files[name] = {"error": type(error).__name__}
        answer["files"] = files
        cases[case] = answer
    return {"cloudInit": cloudinit_version.version_string(), "cases": cases}


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "record":
        sys.exit("usage: system_config_oracle.py record DIR")
    json.dump(record(sys.argv[2]), sys.stdout, sort_keys=True, indent=1)
    sys.stdout.write("\n")

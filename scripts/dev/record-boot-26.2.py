#!/usr/bin/env python3
"""Record what cloud-init 26.2's own modules do at boot with the boot oracle's cases, for the tests.

The tests ask the installed cloud-init (22.4.2) at test time; the newest release judges too,
through this recording (a user's clone has no ../shared). Run from the package root:

    /usr/bin/python3 scripts/dev/record-boot-26.2.py ../shared/oracles/cloud-init-26.2

It runs Tests/CloudConfigTests/Fixtures/oracle/boot_oracle.py with 26.2 on the import path on the
cases of Fixtures/oracle/boot-cases.json (the users_groups module on each cloud-config, and the
write-back of 'k: [[...]]' at each depth) and writes Fixtures/oracle/boot-26.2.json.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ORACLE_DIR = os.path.join(ROOT, "Tests", "CloudConfigTests", "Fixtures", "oracle")


def nested(depth):
    """The cloud-config of a write-back case; BootOracleTests builds the same text."""
    return "#cloud-config\nk: " + "[" * (depth - 1) + "x" + "]" * (depth - 1) + "\n"


def main(cloud_init):
    python_path = subprocess.run(
        [os.path.join(cloud_init, "cloud-init"), "--pythonpath"], check=True, capture_output=True, text=True
    ).stdout.strip()
    env = dict(os.environ, PYTHONPATH=python_path)
    with open(os.path.join(ORACLE_DIR, "boot-cases.json")) as handle:
        cases = json.load(handle)

    def ask(command, request):
        output = subprocess.run(
            ["/usr/bin/python3", os.path.join(ORACLE_DIR, "boot_oracle.py"), command],
            input=json.dumps(request), check=True, capture_output=True, text=True, env=env,
        ).stdout
        return json.loads(output)

    users = ask("users", {"cases": cases["users"]})["results"]
    written = ask("depth", {"writesBack": [nested(depth) for depth in cases["writesBack"]]})["writesBack"]
    record = {
        # An unbuilt tree reports no version of its own: named by the upstream state the oracle
        # folder's README gives.
        "cloudInit": "26.2-20-g04eacd06e",
        "users": [{"case": case, "result": result} for case, result in zip(cases["users"], users)],
        "writesBack": [{"depth": depth, "written": flag} for depth, flag in zip(cases["writesBack"], written)],
    }
    with open(os.path.join(ORACLE_DIR, "boot-26.2.json"), "w") as handle:
        json.dump(record, handle, indent=1, sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "..", "shared", "oracles", "cloud-init-26.2"))

#!/usr/bin/env python3
"""Record how cloud-init 26.2 splits and merges the envelope fixtures, for the tests.

The tests ask the installed cloud-init (22.4.2) at test time; the newest release judges too,
through this recording (a user's clone has no ../shared). Run from the package root:

    /usr/bin/python3 scripts/dev/record-userdata-26.2.py ../shared/oracles/cloud-init-26.2

It runs Tests/CloudConfigTests/Fixtures/oracle/userdata_oracle.py with 26.2 on the import path,
for every file in Fixtures/envelopes and Fixtures/envelopes/merge, as it is and gzipped, and
writes Fixtures/oracle/userdata-26.2.json. The gzip layer is transparent to the result, so the
tests compress with their own gzip.
"""
import base64
import gzip
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "CloudConfigTests", "Fixtures")
ORACLE = os.path.join(FIXTURES, "oracle", "userdata_oracle.py")
INSTANCE_DATA = {"v1": {"local_hostname": "jinja-host", "region": "eastus"}}


def main(cloud_init):
    python_path = subprocess.run(
        [os.path.join(cloud_init, "cloud-init"), "--pythonpath"], check=True, capture_output=True, text=True
    ).stdout.strip()
    env = dict(os.environ, PYTHONPATH=python_path)
    # An unbuilt tree reports no version of its own: name it by the upstream state the oracle
    # folder's README gives.
    version = "26.2-20-g04eacd06e"
    entries = []
    for directory in ("envelopes", os.path.join("envelopes", "merge")):
        for name in sorted(os.listdir(os.path.join(FIXTURES, directory))):
            path = os.path.join(FIXTURES, directory, name)
            if os.path.isdir(path):
                continue
            with open(path, "rb") as handle:
                data = handle.read()
            relative = os.path.relpath(path, os.path.join(FIXTURES, "envelopes"))
            entries.append((relative, False, data))
            entries.append((relative, True, gzip.compress(data, mtime=0)))
    blobs = [{"base64": base64.b64encode(data).decode("ascii")} for _, _, data in entries]

    def ask(command, request):
        output = subprocess.run(
            ["/usr/bin/python3", ORACLE, command], input=json.dumps(request), check=True, capture_output=True,
            text=True, env=env,
        ).stdout
        return json.loads(output)["results"]

    splits = ask("split", {"blobs": blobs})
    merges = ask("merge", {"blobs": blobs, "instanceData": INSTANCE_DATA})
    record = {
        "cloudInit": version,
        "instanceData": INSTANCE_DATA,
        "results": [
            {"file": name, "gzip": zipped, "split": split, "merge": merge}
            for (name, zipped, _), split, merge in zip(entries, splits, merges)
        ],
    }
    with open(os.path.join(FIXTURES, "oracle", "userdata-26.2.json"), "w") as handle:
        json.dump(record, handle, indent=1, sort_keys=True, ensure_ascii=True)
        handle.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/oracles/cloud-init-26.2")

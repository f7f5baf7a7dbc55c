#!/usr/bin/env python3
"""Measure how deep cloud-init's YAML handling at boot lets a cloud-config nest, for
YAMLLimits and the nesting-too-deep rule. Run from the package root, for 22.4.2 and 26.2:

    /usr/bin/python3 scripts/dev/measure-nesting-limits.py
    PYTHONPATH="$(../shared/oracles/cloud-init-26.2/cloud-init --pythonpath)" \\
        /usr/bin/python3 scripts/dev/measure-nesting-limits.py

It prints, for each structure the tests use (Tests/CloudConfigTests/YAML/NestingLimitOracleTests
builds the same texts), the first depth (collections, the top-level one included) at which
cloud-init's util.load_yaml raises RecursionError when called as deep in the stack as at boot,
and the first depth at which cloud-init can no longer write the merged cloud-config
(cloud-config.txt). The calls go through Tests/CloudConfigTests/Fixtures/oracle/boot_oracle.py.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Tests", "CloudConfigTests", "Fixtures", "oracle"))

import boot_oracle  # noqa: E402

STRUCTURES = {
    "block-mapping": lambda n: "".join("  " * i + "k:\n" for i in range(n - 1)) + "  " * (n - 1) + "k: x\n",
    "block-sequence": lambda n: "k:\n" + "- " * (n - 1) + "x\n",
    "flow-sequence": lambda n: "k: " + "[" * (n - 1) + "x" + "]" * (n - 1) + "\n",
    "flow-mapping": lambda n: "{k: " * n + "x" + "}" * n + "\n",
}


def first_failure(works, low=2, high=2048):
    while low + 1 < high:
        middle = (low + high) // 2
        if works(middle):
            low = middle
        else:
            high = middle
    return high


def main():
    import logging

    logging.disable(logging.CRITICAL)
    for name, text in STRUCTURES.items():
        print("loader %-15s fails at %d" % (name, first_failure(lambda n: boot_oracle.loads(text(n)))))
    flow = STRUCTURES["flow-sequence"]
    print("write-back %-11s fails at %d" % ("flow-sequence", first_failure(
        lambda n: boot_oracle.writes_back("#cloud-config\n" + flow(n)))))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""cloud-init's best in-process case, the baseline of cloudcfg-bench's corpus benchmark.

Reads every file named on the command line (or every file in the directories named) into memory,
builds cloud-init's schema and its jsonschema validator once, then times one pass that loads each
file with PyYAML's C loader (CSafeLoader, libyaml underneath) and collects the validator's errors
for it, as `cloud-init schema -c` does per file (sorted by path), without the per-call rebuild of
the validator that `validate_cloudconfig_schema` does.

Prints `seconds <loop time>`, `files <count>`, `problems <errors and deprecations found>`; run it
with Debian's /usr/bin/python3 and its cloud-init package.
"""

import os
import sys
import time

import yaml
from cloudinit.config.schema import get_jsonschema_validator, get_schema


def inputs(arguments):
    paths = []
    for argument in arguments:
        if os.path.isdir(argument):
            for name in sorted(os.listdir(argument)):
                path = os.path.join(argument, name)
                if os.path.isfile(path):
                    paths.append(path)
        else:
            paths.append(argument)
    return paths


def main():
    paths = inputs(sys.argv[1:])
    contents = []
    for path in paths:
        with open(path, "rb") as handle:
            contents.append(handle.read())
    schema = get_schema()
    validator_type, format_checker = get_jsonschema_validator()
    validator = validator_type(schema, format_checker=format_checker())
    problems = 0
    start = time.perf_counter()
    for content in contents:
        config = yaml.load(content, Loader=yaml.CSafeLoader)
        if isinstance(config, dict):
            errors = sorted(validator.iter_errors(config), key=lambda e: e.path)
            problems += len(errors)
    elapsed = time.perf_counter() - start
    print(f"seconds {elapsed:.6f}")
    print(f"files {len(contents)}")
    print(f"problems {problems}")


if __name__ == "__main__":
    main()

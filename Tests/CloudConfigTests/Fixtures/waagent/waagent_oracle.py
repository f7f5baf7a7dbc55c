#!/usr/bin/python3
"""The Azure Linux Agent's own reading of waagent.conf, as the judge of cloudcfg's.

Runs under whichever interpreter has `azurelinuxagent` on its path: Debian's /usr/bin/python3
with the `waagent` package (2.7.3), or ../shared/oracles/waagent-2.15/python (2.15).

    waagent_oracle.py discover          which key each accessor of azurelinuxagent.common.conf reads,
                                        with which provider method and default, and the option tables
    waagent_oracle.py read < paths.json for each file: the provider's `values`, the value of every
                                        accessor and get_configuration(), or the error that stops the
                                        agent
    waagent_oracle.py record DIR        both, for every DIR/files/*.conf and DIR/rendered/*.conf, each
                                        file named by its path under DIR with an FNV-1a fingerprint of
                                        its bytes (so that a test sees a file changed since recording)

Values are typed so that nothing is lost in JSON: ["bool", true], ["int", "123"], ["str", "x"],
["null"], ["callable"].

The record is kept small without weakening the comparison: every accessor and every option-table
value of an agent that read no file (an empty provider) is recorded once under "defaults", and for
each file only the values that differ from those; a key, stored value, string or integer longer
than 200 characters is recorded as "sha256:<hex digest of its UTF-8>:<length in characters>",
which the tests compute from their own value in the same way.
"""
import hashlib
import inspect
import json
import os
import sys

from azurelinuxagent.common import conf
from azurelinuxagent.common.version import AGENT_VERSION


LIMIT = 200


def capped(text):
    """The text, or its digest and length when it is longer than LIMIT characters."""
    if text is None or len(text) <= LIMIT:
        return text
    return "sha256:%s:%d" % (hashlib.sha256(text.encode("utf-8")).hexdigest(), len(text))


def typed(value):
    if value is None:
        return ["null"]
    if isinstance(value, bool):
        return ["bool", value]
    if isinstance(value, int):
        return ["int", capped(str(value))]
    if isinstance(value, str):
        return ["str", capped(value)]
    if callable(value):
        return ["callable"]
    return ["other", repr(value)]


def accessors():
    """Module-level functions that take a provider as `conf` and nothing else required."""
    found = {}
    for name, function in inspect.getmembers(conf, inspect.isfunction):
        if function.__module__ != conf.__name__ or name in ("load_conf_from_file", "get_configuration"):
            continue
        parameters = inspect.signature(function).parameters
        if "conf" not in parameters:
            continue
        if any(p.default is inspect.Parameter.empty for n, p in parameters.items() if n != "conf"):
            continue
        found[name] = function
    return found


class Recorder(conf.ConfigurationProvider):
    def __init__(self):
        super().__init__()
        self.calls = []

    def get(self, key, default_value):
        self.calls.append(["string", key, typed(default_value)])
        return super().get(key, default_value)

    def get_switch(self, key, default_value):
        self.calls.append(["switch", key, typed(default_value)])
        return super().get_switch(key, default_value)

    def get_int(self, key, default_value):
        self.calls.append(["integer", key, typed(default_value)])
        return super().get_int(key, default_value)


def discover():
    functions = {}
    for name, function in sorted(accessors().items()):
        recorder = Recorder()
        function(conf=recorder)
        functions[name] = recorder.calls
    tables = {
        "switch": {k: typed(v) for k, v in conf.__SWITCH_OPTIONS__.items()},
        "string": {k: typed(v) for k, v in conf.__STRING_OPTIONS__.items()},
        "integer": {k: typed(v) for k, v in conf.__INTEGER_OPTIONS__.items()},
    }
    return {"agent": AGENT_VERSION, "functions": functions, "tables": tables}


def answers(provider, functions):
    """What every accessor and get_configuration() return for a provider."""
    return {
        "accessors": {name: typed(function(conf=provider)) for name, function in sorted(functions.items())},
        "table": {k: typed(v) for k, v in conf.get_configuration(provider).items()},
    }


def read(paths):
    functions = accessors()
    results = {}
    for path in paths:
        provider = conf.ConfigurationProvider()
        try:
            conf.load_conf_from_file(path, provider)
        except Exception as error:  # the agent stops on any of these
            results[path] = {"error": type(error).__name__}
            continue
        results[path] = dict(
            answers(provider, functions), stored={capped(k): capped(v) for k, v in provider.values.items()}
        )
    return {"agent": AGENT_VERSION, "files": results}


def fingerprint(data):
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % value


def record(directory):
    names = []
    for folder in ("files", "rendered"):
        base = os.path.join(directory, folder)
        if os.path.isdir(base):
            names += [folder + "/" + name for name in sorted(os.listdir(base)) if name.endswith(".conf")]
    answer = read([os.path.join(directory, name) for name in names])
    defaults = answers(conf.ConfigurationProvider(), accessors())
    files = {}
    for name in names:
        path = os.path.join(directory, name)
        with open(path, "rb") as handle:
            data = handle.read()
        result = answer["files"][path]
        for part in ("accessors", "table"):
            if part in result:
                result[part] = {k: v for k, v in result[part].items() if defaults[part].get(k) != v}
        result["fingerprint"] = fingerprint(data)
        files[name] = result
    return {"agent": AGENT_VERSION, "discovery": discover(), "defaults": defaults, "files": files}


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "discover":
        answer = discover()
    elif command == "record" and len(sys.argv) == 3:
        answer = record(sys.argv[2])
    elif command == "read":
        answer = read(json.load(sys.stdin))
    else:
        sys.exit("usage: waagent_oracle.py discover | read < paths.json | record DIR")
    json.dump(answer, sys.stdout, sort_keys=True, indent=1)
    sys.stdout.write("\n")

"""The PyYAML side of cloudcfg's oracle tests: what cloud-init's loader makes of YAML.

Run with Debian's /usr/bin/python3 (python3-yaml). Reads a JSON request on standard input and
writes a JSON answer on standard output. The loader is cloud-init's (cloudinit.safeyaml.load):
PyYAML's pure-Python SafeLoader plus a constructor that reads !!python/unicode as a string.

Values are written in cloudcfg's Show JSON contract: keys as json.dumps writes them (True as
"true", 1 as "1", None as "null"), dates and datetimes as isoformat(), bytes as base64, infinities
and NaN as "Infinity", "-Infinity" and "NaN", tuples (!!omap, !!pairs) as arrays. A !!set becomes
the list of its members in the order the mapping gave them (a Python set has no order to compare);
membership is exactly what set() holds.

Commands (the first argument):
  scalars  {"implicit": [text], "explicit": [[tag, text]]} -> how each text resolves and constructs
  load     {"paths": [path]} or {"texts": [text]} -> each input as cloud-init loads it:
           {"json": text, "type": name, "repr": text} or {"error": text}
  table    {"inputs": [text]} -> how `k: <text>` loads, one row per input, as in
           Fixtures/resolver/pyyaml.json
  examples {"directory": dir, "into": dir} -> copies the examples (gunzipped) into a directory
"""
import base64
import datetime
import gzip
import json
import math
import os
import sys

import yaml


class Loader(yaml.SafeLoader):
    """cloud-init's loader (cloudinit.safeyaml._CustomSafeLoader)."""

    def construct_python_unicode(self, node):
        return super().construct_scalar(node)


Loader.add_constructor("tag:yaml.org,2002:python/unicode", Loader.construct_python_unicode)


class OrderedSet(list):
    """The members of the set PyYAML builds (the keys of the same dict), in dict order."""

    def __repr__(self):
        return "{" + ", ".join(repr(member) for member in self) + "}" if self else "set()"


def construct_ordered_set(loader, node):
    members = OrderedSet()
    yield members
    members.extend(loader.construct_mapping(node).keys())


Loader.add_constructor("tag:yaml.org,2002:set", construct_ordered_set)


def json_key(key):
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, float):
        return contract_float(key) if not math.isfinite(key) else repr(key)
    if isinstance(key, (datetime.date, datetime.datetime)):
        return key.isoformat()
    if isinstance(key, bytes):
        return base64.b64encode(key).decode("ascii")
    return str(key)


def contract_float(value):
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def contract(value):
    """The loaded value in the Show JSON contract, as Python objects json.dumps can write."""
    if isinstance(value, float):
        return contract_float(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        # A list of pairs keeps keys that json.dumps would merge (1 and "1").
        return PairList([(json_key(k), contract(v)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return [contract(item) for item in value]
    return value


class PairList(list):
    """An object whose members stay in order and may repeat a key."""


def dumps(value):
    if isinstance(value, PairList):
        members = ",".join(json.dumps(k) + ":" + dumps(v) for k, v in value)
        return "{" + members + "}"
    if isinstance(value, list):
        return "[" + ",".join(dumps(item) for item in value) + "]"
    return json.dumps(value, allow_nan=False)


def type_name(value):
    if isinstance(value, OrderedSet):
        return "set"
    if isinstance(value, datetime.datetime):
        return "datetime.datetime"
    if isinstance(value, datetime.date):
        return "datetime.date"
    return type(value).__name__


def describe_error(error):
    return type(error).__name__ + ": " + " ".join(str(error).split())


def construct(tag, text):
    loader = Loader("")
    try:
        value = loader.construct_object(yaml.ScalarNode(tag, text), deep=True)
    except Exception as error:  # Any exception makes cloud-init's load fail.
        return {"error": describe_error(error)}
    finally:
        loader.dispose()
    sys.set_int_max_str_digits(0)
    try:
        return {"type": type_name(value), "json": dumps(contract(value)), "repr": repr(value)}
    finally:
        sys.set_int_max_str_digits(4300)


def scalars(request):
    resolver = yaml.resolver.Resolver()
    implicit = []
    for text in request.get("implicit", []):
        tag = resolver.resolve(yaml.ScalarNode, text, (True, False))
        answer = construct(tag, text)
        answer["tag"] = tag
        implicit.append(answer)
    explicit = [construct(tag, text) for tag, text in request.get("explicit", [])]
    return {"implicit": implicit, "explicit": explicit}


def load_bytes(data):
    try:
        value = yaml.load(data.decode("utf-8"), Loader=Loader)
    except Exception as error:  # cloud-init's load_yaml fails on any of these.
        return {"error": describe_error(error)}
    sys.set_int_max_str_digits(0)
    try:
        return {"json": dumps(contract(value)), "type": type_name(value), "repr": repr(value)}
    except Exception as error:  # A recursive structure (an alias inside its own anchor).
        return {"error": describe_error(error)}
    finally:
        sys.set_int_max_str_digits(4300)


def load(request):
    results = []
    for path in request.get("paths", []):
        with open(path, "rb") as handle:
            results.append(load_bytes(handle.read()))
    for text in request.get("texts", []):
        results.append(load_bytes(text.encode("utf-8")))
    return {"results": results}


def table(request):
    rows = []
    for text in request["inputs"]:
        row = {"yaml": text}
        try:
            value = yaml.load("k: " + text, Loader=Loader)["k"]
            row.update({"type": type_name(value), "python": repr(value), "json": dumps(contract(value))})
        except Exception as error:  # cloud-init's load_yaml fails on any of these.
            row["error"] = describe_error(error)
        rows.append(row)
    return {"rows": rows}


def examples(request):
    written = []
    for root, _, files in sorted(os.walk(request["directory"])):
        for name in sorted(files):
            source = os.path.join(root, name)
            relative = os.path.relpath(source, request["directory"])
            opener = gzip.open if name.endswith(".gz") else open
            with opener(source, "rb") as handle:
                data = handle.read()
            target = os.path.join(request["into"], relative.replace(os.sep, "__"))
            if target.endswith(".gz"):
                target = target[: -len(".gz")]
            with open(target, "wb") as handle:
                handle.write(data)
            written.append({"name": relative, "path": target})
    return {"files": written}


COMMANDS = {"scalars": scalars, "load": load, "table": table, "examples": examples}

if __name__ == "__main__":
    answer = COMMANDS[sys.argv[1]](json.load(sys.stdin))
    json.dump(answer, sys.stdout, ensure_ascii=True)

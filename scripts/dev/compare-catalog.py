#!/usr/bin/env python3
"""Compare cloudcfg's catalog with a cloud-init schema, fact by fact.

Development aid for catalog authors (tests never run it; a user's clone has no reference
schemas). Usage:

    swift run cloudcfg schema > /tmp/ours.json
    /usr/bin/python3 scripts/dev/compare-catalog.py /tmp/ours.json REFERENCE.json [PATH-PREFIX]

Both schemas are flattened into facts per path (types, enum, pattern, format, bounds, required
keys, additionalProperties, deprecated/changed versions); `$ref`s are inlined with their
siblings merged, as cloud-init's validator evaluates both. Descriptions are not compared.
"""
import json
import sys

FACTS = ("type", "enum", "pattern", "format", "minimum", "maximum", "minItems", "maxItems",
         "uniqueItems", "required", "minProperties", "deprecated_version", "changed_version",
         "additionalItems")


def inline(node, defs, depth=0):
    if not isinstance(node, dict) or depth > 30:
        return node
    while "$ref" in node:
        target = defs[node["$ref"].split("/")[-1]]
        merged = dict(target)
        for key, value in node.items():
            if key != "$ref":
                merged[key] = value
        node = merged
    return node


def flatten(node, defs, path, out):
    node = inline(node, defs)
    if not isinstance(node, dict):
        return
    facts = {}
    for key in FACTS:
        if key in node:
            value = node[key]
            if key == "type":
                value = sorted(value) if isinstance(value, list) else [value]
            if key in ("enum", "required"):
                value = sorted(map(json.dumps, value))
            facts[key] = value
    if node.get("deprecated"):
        facts["deprecated"] = True
    if node.get("changed"):
        facts["changed"] = True
    ap = node.get("additionalProperties")
    if ap is not None:
        facts["additionalProperties"] = ap if isinstance(ap, bool) else "schema"
    out[path or "<root>"] = facts
    for name, child in node.get("properties", {}).items():
        flatten(child, defs, f"{path}.{name}" if path else name, out)
    for pattern, child in node.get("patternProperties", {}).items():
        flatten(child, defs, f"{path}.<{pattern}>", out)
    if isinstance(ap, dict):
        flatten(ap, defs, f"{path}.<additional>", out)
    items = node.get("items")
    if isinstance(items, dict):
        flatten(items, defs, f"{path}.*", out)
    elif isinstance(items, list):
        for index, child in enumerate(items):
            flatten(child, defs, f"{path}.[{index}]", out)
    for keyword in ("oneOf", "anyOf", "allOf"):
        for index, child in enumerate(node.get(keyword, [])):
            flatten(child, defs, f"{path}|{keyword}{index}", out)
    if "not" in node:
        flatten(node["not"], defs, f"{path}|not", out)


def load(path):
    schema = json.load(open(path))
    defs = schema.get("$defs", {})
    out = {}
    root = dict(schema)
    # cloud-init's root is an allOf of module $refs plus root properties: fold it into one object.
    if "allOf" in root:
        props = {}
        for part in root.pop("allOf"):
            part = inline(part, defs)
            props.update(part.get("properties", {}))
        for name, value in root.get("properties", {}).items():
            if value != {} or name not in props:
                props[name] = value
        root["properties"] = props
    flatten(root, defs, "", out)
    return out


def main():
    ours, theirs = load(sys.argv[1]), load(sys.argv[2])
    prefix = sys.argv[3] if len(sys.argv) > 3 else ""
    keys = sorted(k for k in set(ours) | set(theirs) if k.startswith(prefix) or k == "<root>")
    differences = 0
    for key in keys:
        a, b = ours.get(key), theirs.get(key)
        if a == b:
            continue
        differences += 1
        if a is None:
            print(f"missing in ours: {key} {b}")
        elif b is None:
            print(f"extra in ours:   {key} {a}")
        else:
            diff = {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}
            print(f"differs:         {key} {diff}")
    print(f"{differences} differences")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""What changed in cloud-init's cloud-config schema between two releases, and whether cloudcfg's
catalog, filtered for each release, changes the same way.

Development aid for catalog authors (tests never run it; a user's clone has no reference
schemas). Usage, from the repository root:

    swift build --product cloudcfg
    .build/debug/cloudcfg schema --cloud-init 22.4.2 > /tmp/ours-22.4.2.json
    .build/debug/cloudcfg schema --cloud-init 26.2 > /tmp/ours-26.2.json
    /usr/bin/python3 scripts/dev/diff-cloud-init-releases.py \\
        ../shared/reference/cloud-init-22.4.2/schema-cloud-config-v1.json \\
        ../shared/reference/cloud-init-26.2/schema-cloud-config-v1.json \\
        /tmp/ours-22.4.2.json /tmp/ours-26.2.json

With only the two reference schemas it prints the release differences: each fact (type, enum,
required, additionalProperties, ...) per flattened path that one release has and the other has
not, as scripts/dev/compare-catalog.py flattens schemas. With our two exports it also prints,
for every such difference, whether the catalog filtered for each release has that release's fact
("reproduced") or not ("GAP"), and ends with the number of gaps. A gap is either a version
difference the catalog does not model yet or a deliberate one; the oracle tests' list of
deliberate differences says which.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("compare_catalog", os.path.join(HERE, "compare-catalog.py"))
compare_catalog = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compare_catalog)


def has_versions(flat):
    return any("deprecated_version" in facts or "changed_version" in facts for facts in flat.values())


def without_versions(flat):
    """The facts with deprecation versions dropped and `changed` counted as `deprecated`: how a
    release whose schema has unversioned markers only (22.4.2) can be compared with a newer one."""
    result = {}
    for path, facts in flat.items():
        facts = {k: v for k, v in facts.items() if k not in ("deprecated_version", "changed_version")}
        if facts.pop("changed", None):
            facts["deprecated"] = True
        result[path] = facts
    return result


def differing_facts(old, new):
    """{path: {fact: (old value, new value)}} for every fact the two flattened schemas disagree on;
    a path only one release has is listed with all its facts (and the fact `present`)."""
    result = {}
    for path in sorted(set(old) | set(new)):
        a, b = old.get(path), new.get(path)
        if a == b:
            continue
        if a is None or b is None:
            facts = {"present": (a is not None, b is not None)}
            for key, value in (a or b).items():
                facts[key] = (value, None) if a is not None else (None, value)
            result[path] = facts
        else:
            result[path] = {k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)}
    return result


def fact(flat, path, key):
    facts = flat.get(path)
    if key == "present":
        return facts is not None
    return None if facts is None else facts.get(key)


def main():
    if len(sys.argv) not in (3, 5):
        sys.exit(__doc__)
    old_name, new_name = (os.path.basename(os.path.dirname(p)) or p for p in sys.argv[1:3])
    old, new = compare_catalog.load(sys.argv[1]), compare_catalog.load(sys.argv[2])
    ours = None
    if len(sys.argv) == 5:
        ours = compare_catalog.load(sys.argv[3]), compare_catalog.load(sys.argv[4])
    if not (has_versions(old) and has_versions(new)):
        print("(deprecation versions ignored and `changed` counted as `deprecated`: a release has no versions)")
        old, new = without_versions(old), without_versions(new)
        if ours is not None:
            ours = without_versions(ours[0]), without_versions(ours[1])
    differences = differing_facts(old, new)
    gaps = 0
    for path, facts in differences.items():
        print(path)
        for key, (a, b) in facts.items():
            line = f"    {key}: {old_name}={a!r}  {new_name}={b!r}"
            if ours is not None:
                got_old, got_new = fact(ours[0], path, key), fact(ours[1], path, key)
                missing = []
                if got_old != a:
                    missing.append(f"ours for {old_name}={got_old!r}")
                if got_new != b:
                    missing.append(f"ours for {new_name}={got_new!r}")
                if missing:
                    gaps += 1
                    line += "  GAP: " + ", ".join(missing)
                else:
                    line += "  reproduced"
            print(line)
    print(f"{len(differences)} paths differ between {old_name} and {new_name}")
    if ours is not None:
        print(f"{gaps} facts not reproduced by the catalog filtered for each release")


if __name__ == "__main__":
    main()

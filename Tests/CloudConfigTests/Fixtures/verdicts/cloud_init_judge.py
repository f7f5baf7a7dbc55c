"""cloud-init as a judge of cloud-config files: the file sets cloudcfg is compared on, and one
cloud-init release's verdict on each file.

Run with Debian's /usr/bin/python3, which has cloud-init's dependencies. The release judging is
whichever `cloudinit` package Python imports: Debian 12's 22.4.2 by default, or cloud-init 26.2
with PYTHONPATH set to its source tree (scripts/dev/record-cloud-init-26.2-verdicts does that
and commits the verdicts under Fixtures/verdicts/cloud-init-26.2/). Both releases are asked the
same way: `validate_cloudconfig_file`, as `cloud-init schema -c FILE` does, with the schema
validation wrapped to keep its deprecations as well as its errors.

Commands (the first argument):
  inputs FIXTURES  -> {"oracle": {name: base64}, "examples": {...}, "module-examples": {...}}
                      oracle: FIXTURES/oracle/*.yaml, our defect corpus;
                      examples: /usr/share/doc/cloud-init/examples (gunzipped) and seed/user-data;
                      module-examples: each example in the `meta["examples"]` of the installed
                      cloud-init's cc_* modules, as `cc_NAME-exampleN.yaml`, with a
                      `#cloud-config` line before it. Needs Debian's cloud-init on the path.
  judge [RELEASE]  {name: base64} on standard input -> {"judge": {...}, "files": {name: verdict}};
                   RELEASE, such as 26.2, is recorded in "judge" as given

A verdict is {"sha256", "outcome", "errors": [...], "deprecations": [{path, message}]}; an error
is {path, message} and, when the printed path does not tell the whole story:
  alternativesAt   the path of the value whose alternatives (oneOf, anyOf) all failed, when the
                   error is one 26.2 chose from inside them (22.4.2 reports the value itself);
                   the outermost such value when alternatives are nested
  unexpectedAt     the paths of the keys an additionalProperties error is about, when it is not
                   one chosen from alternatives
The outcome is one of:
  validated        the file was read as a YAML mapping and validated against the schema
  not-a-mapping    the YAML is not a mapping (an empty document, a list, a scalar)
  yaml-error       the YAML cannot be read; the error path is format-lLINE.cCOLUMN
  header-rejected  the first line is not a header this release validates as cloud-config
  not-evaluated    the file is empty or a user-data type this release does not validate
Lists are sorted and output keys are sorted, so that recording twice gives the same bytes.
"""
import base64
import contextlib
import gzip
import hashlib
import importlib
import io
import json
import os
import pkgutil
import sys
import tempfile

EXAMPLES = "/usr/share/doc/cloud-init/examples"


def encode(data):
    return base64.b64encode(data).decode()


def inputs(fixtures):
    oracle = {}
    directory = os.path.join(fixtures, "oracle")
    for name in sorted(os.listdir(directory)):
        if name.endswith(".yaml"):
            with open(os.path.join(directory, name), "rb") as handle:
                oracle[name] = encode(handle.read())
    examples = {}
    for name in sorted(os.listdir(EXAMPLES)):
        path = os.path.join(EXAMPLES, name)
        if os.path.isdir(path):
            continue
        with open(path, "rb") as handle:
            data = handle.read()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        examples[name] = encode(data)
    with open(os.path.join(EXAMPLES, "seed", "user-data"), "rb") as handle:
        examples["seed/user-data"] = encode(handle.read())
    modules = {}
    import cloudinit.config

    for module in sorted(pkgutil.iter_modules(cloudinit.config.__path__), key=lambda m: m.name):
        if not module.name.startswith("cc_"):
            continue
        meta = getattr(importlib.import_module("cloudinit.config." + module.name), "meta", None) or {}
        for index, example in enumerate(meta.get("examples", []), start=1):
            text = "#cloud-config\n" + example
            modules[f"{module.name}-example{index}.yaml"] = encode(text.encode())
    return {"oracle": oracle, "examples": examples, "module-examples": modules}


class Tagging:
    """Wraps the validator functions of the `create` call cloud-init makes, so that each error
    keeps what the printed problem loses: where the alternatives (oneOf, anyOf) were that an
    error was chosen from, and which keys an additionalProperties error is about."""

    def __init__(self):
        import jsonschema.validators

        self.module = jsonschema.validators
        self.create = jsonschema.validators.create
        self.errors = []

    def __enter__(self):
        def create(*args, **kwargs):
            validators = dict(kwargs.pop("validators", {}))
            for name in ("oneOf", "anyOf", "additionalProperties"):
                if name in validators:
                    validators[name] = self.wrap(name, validators[name])
            return self.create(*args, validators=validators, **kwargs)

        self.module.create = create
        return self

    def __exit__(self, *_):
        self.module.create = self.create

    def wrap(self, name, function):
        from jsonschema._utils import find_additional_properties

        def wrapped(validator, value, instance, schema):
            for error in function(validator, value, instance, schema):
                if name == "additionalProperties" and value is False and isinstance(instance, dict):
                    error.cloudcfg_unexpected = list(find_additional_properties(instance, schema))
                elif name != "additionalProperties":
                    # Overwritten on the way out of enclosing alternatives: the outermost wins.
                    error.cloudcfg_depth = len(error.relative_path)
                self.errors.append(error)
                yield error

        return wrapped

    def details(self):
        """(dotted path, message) -> {alternativesAt, unexpectedAt}, the loosest when repeated."""
        found = {}
        for error in self.errors:
            path = [str(part) for part in error.path]
            info = {}
            depth = getattr(error, "cloudcfg_depth", None)
            unexpected = getattr(error, "cloudcfg_unexpected", None)
            if depth is not None:
                # Chosen from failing alternatives: what it names is about one alternative only.
                info["alternativesAt"] = ".".join(path[: len(path) - depth])
            elif unexpected:
                info["unexpectedAt"] = sorted(".".join(path + [str(key)]) for key in unexpected)
            key = (".".join(path), error.message)
            if key not in found or len(info.get("alternativesAt", "~" * 999)) < len(
                found[key].get("alternativesAt", "~" * 999)
            ):
                found[key] = info
        return found


def judge(files, release=None):
    from cloudinit.config import schema as schema_module

    schema = schema_module.get_schema()
    validate_schema = schema_module.validate_cloudconfig_schema
    results = {}
    original_directory = os.getcwd()
    for name, content in sorted(files.items()):
        data = base64.b64decode(content)
        problems = {"validated": False, "deprecations": []}

        def recording(*args, **kwargs):
            problems["validated"] = True
            try:
                return validate_schema(*args, **kwargs)
            except schema_module.SchemaValidationError as error:
                problems["deprecations"] = list(error.schema_deprecations or [])
                raise

        errors = []
        outcome = None
        with tempfile.TemporaryDirectory() as directory, Tagging() as tagging:
            # The file is validated under its own name, so that messages naming it are the same
            # on every run.
            base = os.path.basename(name)
            with open(os.path.join(directory, base), "wb") as handle:
                handle.write(data)
            os.chdir(directory)
            schema_module.validate_cloudconfig_schema = recording
            try:
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                    schema_module.validate_cloudconfig_file(base, schema, annotate=False)
            except schema_module.SchemaValidationError as error:
                errors = list(error.schema_errors or [])
            except RuntimeError as error:
                errors = [("", str(error))]
                outcome = "not-a-mapping"
            finally:
                schema_module.validate_cloudconfig_schema = validate_schema
                os.chdir(original_directory)
        if outcome is None:
            if problems["validated"]:
                outcome = "validated"
            elif any("valid yaml" in message.lower() for _, message in errors):
                outcome = "yaml-error"
            elif errors:
                outcome = "header-rejected"
            else:
                outcome = "not-evaluated"
        details = tagging.details()
        error_list = problem_list(errors)
        for error in error_list:
            # 26.2 prints a single unexpected top-level key as the error's path.
            info = details.get((error["path"], error["message"])) or details.get(("", error["message"])) or {}
            if info.get("alternativesAt", error["path"]) != error["path"]:
                error["alternativesAt"] = info["alternativesAt"]
            if "unexpectedAt" in info:
                error["unexpectedAt"] = info["unexpectedAt"]
        results[name] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "outcome": outcome,
            "errors": error_list,
            "deprecations": problem_list(problems["deprecations"]),
        }
    description = judge_description(schema)
    if release:
        description["release"] = release
    return {"judge": description, "files": results}


def problem_list(problems):
    unique = sorted({(str(path), str(message)) for path, message in problems})
    return [{"path": path, "message": message} for path, message in unique]


def judge_description(schema):
    from importlib import metadata

    text = json.dumps(schema, sort_keys=True).encode()
    return {
        "jsonschema": metadata.version("jsonschema"),
        "schemaSHA256": hashlib.sha256(text).hexdigest(),
    }


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "inputs" and len(sys.argv) == 3:
        answer = inputs(sys.argv[2])
    elif command == "judge" and len(sys.argv) <= 3:
        answer = judge(json.load(sys.stdin), sys.argv[2] if len(sys.argv) == 3 else None)
    else:
        sys.exit("usage: cloud_init_judge.py inputs FIXTURES | judge [RELEASE] < {name: base64}")
    json.dump(answer, sys.stdout, sort_keys=True, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

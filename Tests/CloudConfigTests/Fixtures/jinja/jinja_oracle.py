"""Renders templates the way cloud-init's Jinja part handler does, for cloudcfg's oracle tests.

Reads {"cases": [{"template": TEXT, "data": INSTANCE_DATA_JSON_TEXT}]} on standard input and prints, per
case, {"text": RENDERED or null, "warnings": [...], "error": "Type: message" or null,
"lineno": N or null}. Rendering goes through cloud-init's own render_jinja_payload (instance-data
conversion, CI_MISSING_JINJA_VAR handling, dropped templates) with Debian's python3-jinja2.
"""
import json
import logging
import sys

from cloudinit.handlers.jinja_template import render_jinja_payload


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record.getMessage())


def main():
    request = json.load(sys.stdin)
    handler = Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    results = []
    for case in request["cases"]:
        handler.records = []
        result = {"text": None, "warnings": [], "error": None, "lineno": None}
        try:
            result["text"] = render_jinja_payload(case["template"], "case", json.loads(case["data"]))
        except Exception as error:  # what the part handler would not catch
            result["error"] = "%s: %s" % (type(error).__name__, getattr(error, "message", None) or error)
            result["lineno"] = getattr(error, "lineno", None)
        result["warnings"] = list(handler.records)
        results.append(result)
    json.dump({"results": results}, sys.stdout)


main()

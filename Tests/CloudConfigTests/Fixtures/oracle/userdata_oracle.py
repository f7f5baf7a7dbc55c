"""The cloud-init side of cloudcfg's envelope oracle tests: how cloud-init splits user-data.

Run with Debian's /usr/bin/python3 (cloud-init 22.4.2). Reads a JSON request on standard input and
writes a JSON answer on standard output. Blobs travel as base64.

The judge is cloud-init's own code: cloudinit.user_data.UserDataProcessor splits a blob into the
parts its handlers receive, cloudinit.handlers.cloud_config.CloudConfigPartHandler merges the
cloud-config parts with cloudinit.mergers. Two things are replaced, and only these:

- paths: UserDataProcessor needs a Paths object; a minimal one points at a fresh temporary
  directory, so no include-once cache exists and nothing under /var/lib/cloud is read or written.
- #include URLs are never fetched. read_file_or_url is replaced by a stub that records the URL
  (and whether it was read in #include-once mode) and fails; the failure is then ignored, so the
  answer says which URLs cloud-init would fetch, in order, and the parts it would attach without
  them. Every other error (a gzip part that does not decompress, text that is not UTF-8, ...)
  still raises as it does at boot (features.ERROR_ON_USER_DATA_FAILURE is left as it is).

Commands (the first argument):
  split         {"blobs": [{"base64": text, "azure": bool}]} -> per blob {"parts": [part],
                "includes": [{"url", "once"}], "error": text or null}; a part is
                {"type", "filename", "headers": [[name, value]], "payload": base64 or null}, in the
                order cloud-init's handlers walk them. "azure": the blob is Azure custom data and is
                first decoded as the Azure datasource does (whitespace removed, base64).
  merge         {"blobs": [...], "launchIndex": int or null, "instanceData": object} -> per blob
                {"config": Show JSON text, "merged": [filename], "failed": [filename], "error"}:
                the cloud-config cloud-init composes from the blob's parts (jinja parts rendered
                with instanceData).
  merge-values  {"cases": [{"base": yaml, "new": yaml, "how": text}]} -> per case {"json": text} or
                {"error": text}: cloudinit.mergers applied to two YAML values.
"""
import base64
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pyyaml_oracle  # noqa: E402  (the Show JSON contract)
from cloudinit import handlers, mergers, safeyaml, url_helper, user_data, util  # noqa: E402
from cloudinit.filters import launch_index  # noqa: E402
from cloudinit.handlers.cloud_config import CloudConfigPartHandler  # noqa: E402
from cloudinit.handlers.jinja_template import JinjaTemplatePartHandler  # noqa: E402
from cloudinit.settings import PER_ALWAYS  # noqa: E402

WORK = tempfile.mkdtemp(prefix="cloudcfg-userdata-oracle-")


class Paths:
    """The few Paths methods user-data processing and the part handlers call."""

    def get_ipath_cur(self, name=None):
        return os.path.join(WORK, "instance", name or "")

    def get_cpath(self, name=None):
        return os.path.join(WORK, "cloud", name or "")

    def get_ipath(self, name=None):
        return None  # the cloud-config handler then writes no cloud-config.txt

    def get_runpath(self, name=None):
        return os.path.join(WORK, "run", name or "")


class IncludeNotFetched(url_helper.UrlError):
    """What the stubbed URL reader raises instead of fetching."""


FETCHED = []
PENDING_ONCE = []
ORIGINAL_HANDLE_ERROR = user_data._handle_error


def record_include(url, *args, **kwargs):
    once = bool(PENDING_ONCE) and PENDING_ONCE[-1] == url
    del PENDING_ONCE[:]
    FETCHED.append({"url": url, "once": once})
    raise IncludeNotFetched(IOError("not fetched"), url=url)


def handle_error(message, source_exception=None):
    if isinstance(source_exception, IncludeNotFetched):
        return
    ORIGINAL_HANDLE_ERROR(message, source_exception)


user_data.read_file_or_url = record_include
user_data._handle_error = handle_error


def blob_bytes(blob):
    data = base64.b64decode(blob["base64"])
    if blob.get("azure"):
        text = data.decode("ascii")
        data = base64.b64decode("".join(text.split()))
    return data


def describe_error(error):
    return type(error).__name__ + ": " + " ".join(str(error).split())


class Processor(user_data.UserDataProcessor):
    """The processor, noting which include URL is read in #include-once mode."""

    def _get_include_once_filename(self, entry):
        PENDING_ONCE.append(entry)
        return super()._get_include_once_filename(entry)


def process(blob):
    del FETCHED[:]
    del PENDING_ONCE[:]
    message = Processor(Paths()).process(blob_bytes(blob))
    return message, list(FETCHED)


def payload_text(payload):
    if payload is None:
        return None
    if isinstance(payload, str):
        payload = payload.encode("utf-8", "surrogateescape")
    return base64.b64encode(payload).decode("ascii")


def handler_parts(message):
    """The parts as cloudinit.handlers.walk hands them to handlers."""
    parts = []
    number = 0
    for part in message.walk():
        if part.get_content_maintype() == "multipart":
            continue
        filename = part.get_filename() or handlers.PART_FN_TPL % number
        parts.append((part, part.get_content_type(), filename))
        number += 1
    return parts


def split(request):
    results = []
    for blob in request["blobs"]:
        try:
            message, includes = process(blob)
        except Exception as error:  # cloud-init rejects the whole user-data
            results.append({"parts": [], "includes": [], "error": describe_error(error)})
            continue
        parts = []
        for part, ctype, filename in handler_parts(message):
            parts.append(
                {
                    "type": ctype,
                    "filename": filename,
                    "headers": [[str(k), str(v)] for k, v in part.items()],
                    "payload": payload_text(util.fully_decoded_payload(part)),
                }
            )
        results.append({"parts": parts, "includes": includes, "error": None})
    return {"results": results}


def merge(request):
    instance_data = os.path.join(WORK, "run", "instance_data_sensitive")
    os.makedirs(os.path.dirname(instance_data), exist_ok=True)
    with open(instance_data, "w") as handle:
        json.dump(request.get("instanceData", {}), handle)
    results = []
    for blob in request["blobs"]:
        try:
            message, _ = process(blob)
            if request.get("launchIndex") is not None:
                message = launch_index.Filter(request["launchIndex"]).apply(message)
        except Exception as error:
            results.append({"config": None, "merged": [], "failed": [], "error": describe_error(error)})
            continue
        paths = Paths()
        config = CloudConfigPartHandler(paths)
        jinja = JinjaTemplatePartHandler(paths, sub_handlers=[config])
        config.handle_part(None, handlers.CONTENT_START, None, None, PER_ALWAYS, {})
        failed = []
        for part, ctype, filename in handler_parts(message):
            headers = dict(part)
            headers["Content-Type"] = ctype
            payload = util.fully_decoded_payload(part)
            before = list(config.file_names)
            if ctype in config.list_types():
                config.handle_part(None, ctype, filename, payload, PER_ALWAYS, headers)
            elif ctype in jinja.list_types():
                jinja.handle_part(None, ctype, filename, payload, PER_ALWAYS, headers)
            else:
                continue
            if config.file_names == before:
                failed.append(filename)
        buffer = config.cloud_buf
        results.append(
            {
                "config": None if buffer is None else show_json(buffer),
                "merged": list(config.file_names),
                "failed": failed,
                "error": None,
            }
        )
    return {"results": results}


def show_json(value):
    """The Show JSON of a value cloud-init's loader built. A Python set has no order: its members
    are written sorted (the tests write sets in sorted order)."""

    def ordered(item):
        if isinstance(item, (set, frozenset)):
            return [ordered(member) for member in sorted(item, key=repr)]
        if isinstance(item, dict):
            return {key: ordered(member) for key, member in item.items()}
        if isinstance(item, list):
            return [ordered(member) for member in item]
        if isinstance(item, tuple):
            return tuple(ordered(member) for member in item)
        return item

    return pyyaml_oracle.dumps(pyyaml_oracle.contract(ordered(value)))


def merge_values(request):
    results = []
    for case in request["cases"]:
        try:
            base = safeyaml.load(case["base"])
            new = safeyaml.load(case["new"])
            merger = mergers.construct(mergers.string_extract_mergers(case["how"]))
            value = merger.merge(base, new)
            results.append({"json": show_json(value)})
        except Exception as error:
            results.append({"error": describe_error(error)})
    return {"results": results}


COMMANDS = {"split": split, "merge": merge, "merge-values": merge_values}

if __name__ == "__main__":
    answer = COMMANDS[sys.argv[1]](json.load(sys.stdin))
    json.dump(answer, sys.stdout, ensure_ascii=True)

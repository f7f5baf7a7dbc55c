"""The cloud-init side of cloudcfg's boot oracle tests: what cloud-init's own modules do at boot
with a value the schema lets through.

Run with Debian's /usr/bin/python3 (cloud-init 22.4.2), or with cloud-init 26.2 first on the
import path (scripts/dev/record-boot-26.2.py). Reads a JSON request on standard input and writes
a JSON answer on standard output.

The judge is cloud-init's own code; only what would touch the machine is replaced:

- users: cloudinit.config.cc_users_groups.handle runs on the cloud-config with a real Debian
  distro object whose system configuration gives the default user `debian` with Debian's sudo
  rule (as /etc/cloud/cloud.cfg does). subp.subp records commands instead of running them
  (useradd, passwd -l, ...), ensure_sudo_dir (which edits /etc/sudoers) does nothing, the sudoers
  file is a temporary one, and ssh_util.setup_user_keys records whose keys would be installed.
- ntp: cloudinit.config.cc_ntp.write_ntp_config_template renders the client's template, as
  installed by the package in /etc/cloud/templates, into a temporary file.
- depth: cloudinit.util.load_yaml reads nested documents; and the cloud-config part handler
  merges a document and writes cloud-config.txt (into a temporary directory) through
  cloudinit.handlers.run_part. Both are called as deep in the stack as `cloud-init init` calls
  them, since Python's recursion limit (1000 frames) counts the frames above too.

Commands (the first argument):
  users  {"cases": [yaml text]} -> per case {"error": text or null, "created": [user],
         "sudoers": [rule line], "keys": [user whose keys are installed]}, in cloud-init's order.
  ntp    {"cases": [{"client", "distro", "servers", "pools"}]} -> per case {"lines": [line of the
         rendered file that names a server or pool]}.
  depth  {"loads": [yaml text], "writesBack": [cloud-config text]} -> {"loads": [bool],
         "writesBack": [bool]}: whether load_yaml reads each text (false: RecursionError), and
         whether cloud-init writes the merged cloud-config (cloud-config.txt) of each part.
"""
import inspect
import json
import os
import sys
import tempfile
from unittest import mock

import yaml
from cloudinit import distros, handlers, helpers, ssh_util, subp, util
from cloudinit.cloud import Cloud
from cloudinit.config import cc_ntp, cc_users_groups
from cloudinit.handlers.cloud_config import CloudConfigPartHandler
from cloudinit.settings import PER_INSTANCE

# Debian 12's /etc/cloud/cloud.cfg system_info.default_user.
DEFAULT_USER = {
    "name": "debian",
    "lock_passwd": True,
    "gecos": "Debian",
    "groups": ["adm", "sudo"],
    "sudo": ["ALL=(ALL) NOPASSWD:ALL"],
    "shell": "/bin/bash",
}

# The frame (the script's own module frame is 1) from which `cloud-init init` calls
# handlers.call_end for the cloud-config handler, in both 22.4.2 and 26.2: <module>, main,
# log_time (22.4.2) or sub_main (26.2), status_wrapper, main_init, Init.consume_data,
# _consume_userdata, _do_handlers, finalize_handlers.
CALL_END_CALLER_FRAME = 9

# The frame from which `cloud-init init` calls util.load_yaml on a cloud-config part, in both
# releases: the frames above, then walk_handlers, handlers.walk, walker_callback, run_part,
# CloudConfigPartHandler.handle_part, _merge_part, _extract_mergers.
LOAD_YAML_CALLER_FRAME = 15


def users(request):
    results = []
    for text in request["cases"]:
        work = tempfile.mkdtemp(prefix="cloudcfg-boot-oracle-")
        paths = helpers.Paths({"cloud_dir": work})
        distro = distros.fetch("debian")("debian", {"default_user": dict(DEFAULT_USER)}, paths)
        distro.ci_sudoers_fn = os.path.join(work, "sudoers.d", "90-cloud-init-users")
        os.makedirs(os.path.dirname(distro.ci_sudoers_fn))
        datasource = mock.Mock()
        datasource.get_public_ssh_keys.return_value = []
        cloud = Cloud(datasource, paths, {}, distro, None)
        commands, keys = [], []

        def run(args, *_args, **_kwargs):
            commands.append(list(args))
            return ("", "")

        def setup_keys(_keys, user, *_args, **_kwargs):
            keys.append(user)

        error = None
        with mock.patch.object(subp, "subp", side_effect=run), mock.patch.object(
            distro, "ensure_sudo_dir"
        ), mock.patch.object(ssh_util, "setup_user_keys", side_effect=setup_keys):
            cfg = yaml.safe_load(text)
            arguments = ["users_groups", cfg, cloud]
            if "log" in inspect.signature(cc_users_groups.handle).parameters:
                arguments.append(mock.Mock())
            arguments.append([])
            try:
                cc_users_groups.handle(*arguments)
            except Exception as exc:  # the module's failure, as the boot log shows it
                error = "%s: %s" % (type(exc).__name__, exc)
        sudoers = []
        if os.path.exists(distro.ci_sudoers_fn):
            with open(distro.ci_sudoers_fn) as handle:
                sudoers = [line for line in handle.read().splitlines() if line and not line.startswith("#")]
        results.append(
            {
                "error": error,
                "created": [command[1] for command in commands if command[0] == "useradd"],
                "sudoers": sudoers,
                "keys": keys,
            }
        )
    return {"results": results}


def ntp(request):
    results = []
    for case in request["cases"]:
        client = cc_ntp.NTP_CLIENT_CONFIG[case["client"]]
        template = client["template_name"].replace("{distro}", case["distro"])
        work = tempfile.mkdtemp(prefix="cloudcfg-boot-oracle-")
        path = os.path.join(work, "out.conf")
        cc_ntp.write_ntp_config_template(
            case["distro"],
            service_name=client.get("service_name"),
            servers=case.get("servers", []),
            pools=case.get("pools", []),
            path=path,
            template_fn=os.path.join("/etc/cloud/templates", template + ".tmpl"),
        )
        names = case.get("servers", []) + case.get("pools", [])
        with open(path) as handle:
            lines = [line for line in handle.read().splitlines() if any(name in line for name in names)]
        results.append({"lines": lines})
    return {"results": results}


def frame_depth():
    """The depth of the caller's frame, the module's frame being 1."""
    frame = sys._getframe(1)
    depth = 0
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


def call_from_frame(frame, function, *args):
    """Calls function from the given frame depth, so that its own frame is frame + 1."""
    if frame_depth() < frame:
        return call_from_frame(frame, function, *args)
    return function(*args)


def loads(text):
    """Whether load_yaml reads the text (false: it raises RecursionError)."""
    try:
        call_from_frame(LOAD_YAML_CALLER_FRAME, util.load_yaml, text)
    except RecursionError:
        return False
    return True


class InstancePaths:
    """The one Paths method the cloud-config handler calls."""

    def __init__(self, directory):
        self.directory = directory

    def get_ipath(self, name=None):
        return os.path.join(self.directory, name or "")


def writes_back(text):
    """Whether cloud-init writes the merged cloud-config of a cloud-config part (a part it
    cannot read leaves an empty one)."""
    work = tempfile.mkdtemp(prefix="cloudcfg-boot-oracle-")
    handler = CloudConfigPartHandler(InstancePaths(work))
    handlers.call_begin(handler, None, PER_INSTANCE)
    handlers.run_part(handler, None, "part-001", text, PER_INSTANCE, {"Content-Type": "text/cloud-config"})
    call_from_frame(CALL_END_CALLER_FRAME, handlers.call_end, handler, None, PER_INSTANCE)
    written = os.path.join(work, "cloud_config")
    if not os.path.exists(written):
        return False
    with open(written) as handle:
        merged = handle.read().split("\n...")[0]
    # The part's keys, not only the header lines and an empty document ({}).
    return yaml.safe_load(merged) not in (None, {})


def depth(request):
    return {
        "loads": [loads(text) for text in request.get("loads", [])],
        "writesBack": [writes_back(text) for text in request.get("writesBack", [])],
    }


COMMANDS = {"users": users, "ntp": ntp, "depth": depth}


def main():
    # cloud-init logs failures it catches (a handler that fails); keep them off standard output.
    import logging

    logging.disable(logging.CRITICAL)
    answer = COMMANDS[sys.argv[1]](json.load(sys.stdin))
    json.dump(answer, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()

extension CatalogModule {
    /// `ansible`.
    static let ansible = CatalogModule(
        id: "cc_ansible", moduleName: "ansible",
        summary: "Installs Ansible (from distribution packages or with pip) and runs playbooks: "
            + "fetched from a Git repository and applied to this host with ansible-pull, or run from "
            + "this host as a controller of other machines.",
        keys: [
            "ansible": Schema.object([
                "install_method": Schema.string(oneOf: "distro", "pip").defaultValue("distro").doc(
                    "Where Ansible comes from: the distribution's package manager (`distro`) or pip "
                        + "(`pip`)."),
                "run_user": Schema.string.doc(
                    "The user that runs the Ansible commands; with `install_method: pip`, also the "
                        + "user pip installs Ansible for. Unset, commands run as root."),
                "ansible_config": Schema.string.doc(
                    "A path exported as ANSIBLE_CONFIG, so that Ansible reads this configuration file "
                        + "instead of its default one."),
                "setup_controller": Schema.ansibleController,
                "galaxy": Schema.object([
                    "actions": Schema.array(Schema.array(Schema.string.pattern("^.*$"))).required.doc(
                        "Commands run before the playbooks, each a list of arguments starting with "
                            + "the program, e.g. `[ansible-galaxy, collection, install, community.grafana]`.")
                ]).doc("Ansible Galaxy commands, typically to install roles and collections the playbooks need."),
                "package_name": Schema.string.defaultValue("ansible").doc(
                    "The name of the package (distribution package or pip project) that provides Ansible."),
                "pull": Schema.oneOf(
                    Schema.array(Schema.ansiblePull).since("25.2").doc(
                        "Several ansible-pull runs, one per repository, in order."),
                    Schema.ansiblePull.deprecated(
                        "25.2", "write pull as a list holding this mapping as its only item")
                ).doc(
                    "Run ansible-pull: clone a Git repository and apply playbooks from it to this host. "
                        + "cloud-init before 25.2 accepts only a single mapping here."),
            ]).doc("Install Ansible and run playbooks at boot.")
        ])
}

extension Schema {
    /// One ansible-pull run: where the repository is, which playbooks to run, and the options
    /// passed through to ansible-pull. Built once: `ansible.pull` holds it in two forms.
    fileprivate static let ansiblePull: Schema = {
        Schema.object([
            "accept_host_key": Schema.boolean.defaultValue(false).doc(
                "Add the repository host's SSH key to known_hosts without asking (`--accept-host-key`)."),
            "clean": Schema.boolean.defaultValue(false).doc(
                "Discard local changes in the checkout before pulling (`--clean`)."),
            "full": Schema.boolean.defaultValue(false).doc("Clone the full history, not a shallow copy (`--full`)."),
            "diff": Schema.boolean.defaultValue(false).doc(
                "Show the differences in files and templates the playbook changes (`--diff`)."),
            "ssh_common_args": Schema.string.doc("Extra arguments for every ssh, scp and sftp call."),
            "scp_extra_args": Schema.string.doc("Extra arguments for scp only."),
            "sftp_extra_args": Schema.string.doc("Extra arguments for sftp only."),
            "private_key": Schema.string.doc("The SSH private key file used to connect."),
            "checkout": Schema.string.doc(
                "The branch, tag or commit to check out; unset, the repository's default branch."),
            "module_path": Schema.string.doc("Directories prepended to Ansible's module search path."),
            "timeout": Schema.string.doc("The connection timeout in seconds, written as a string."),
            "url": Schema.string.doc("The URL of the Git repository holding the playbooks. Required."),
            "connection": Schema.string.doc("The connection type to use (for example `local` or `ssh`)."),
            "vault_id": Schema.string.doc("The vault identity to use for encrypted content."),
            "vault_password_file": Schema.string.doc("A file holding the vault password."),
            "verify_commit": Schema.boolean.defaultValue(false).since(after: "22.4.2").doc(
                "Verify the GPG signature of the checked-out commit and stop if it is not valid."),
            "inventory": Schema.string.since(after: "22.4.2").doc("The inventory file or comma-separated host list."),
            "module_name": Schema.string.doc("The module used to check out the repository (default `git`)."),
            "sleep": Schema.string.doc(
                "Wait a random time of up to this many seconds before starting, to spread load on the server."),
            "tags": Schema.string.doc("Run only the plays and tasks with these tags (comma-separated)."),
            "skip_tags": Schema.string.doc("Skip the plays and tasks with these tags (comma-separated)."),
            "playbook_name": Schema.string
                .deprecated("25.2", "list the playbook in playbook_names instead (a list of file names)")
                .doc("The one playbook file to run, relative to the repository root."),
            "playbook_names": Schema.array(Schema.string).since("25.2").doc(
                "The playbook files to run, relative to the repository root, in order."),
        ])
        .oneOf(
            Schema.any.requiring("url", "playbook_name"),
            Schema.any.requiring("url", "playbook_names").since("25.2")
        )
        .doc(
            "One ansible-pull run: `url` and exactly one of playbook_names and playbook_name are required. "
                + "Each option is passed as the ansible-pull flag of the same name with dashes "
                + "(`private_key` becomes `--private-key`); `false` options are left out.")
    }()

    /// `ansible.setup_controller`: repositories to clone and playbooks to run from this host.
    fileprivate static var ansibleController: Schema {
        Schema.object([
            "repositories": Schema.array(
                Schema.object([
                    "path": Schema.string.required.doc("The directory to clone into."),
                    "source": Schema.string.required.doc("The URL of the Git repository."),
                ])
            ).doc("Git repositories to clone onto this host before the playbooks run."),
            "run_ansible": Schema.array(Schema.ansibleControllerRun).doc(
                "ansible-playbook runs, in order, each with its own options."),
        ]).doc("Make this host an Ansible controller: clone repositories and run playbooks against other hosts.")
    }

    /// One ansible-playbook run of `ansible.setup_controller.run_ansible`; other keys are allowed.
    fileprivate static var ansibleControllerRun: Schema {
        Schema.object(
            [
                "playbook_name": Schema.string.doc("The playbook file to run."),
                "playbook_dir": Schema.string.doc("The directory the playbook is in, used as the working directory."),
                "become_password_file": Schema.string.doc("A file holding the privilege-escalation password."),
                "connection_password_file": Schema.string.doc("A file holding the connection password."),
                "list_hosts": Schema.boolean.defaultValue(false).doc(
                    "Only list the hosts that would be affected; run nothing."),
                "syntax_check": Schema.boolean.defaultValue(false).doc(
                    "Only check the playbook's syntax; run nothing."),
                "timeout": Schema.number.minimum(0).doc("The connection timeout in seconds."),
                "vault_id": Schema.string.doc("The vault identity to use for encrypted content."),
                "vault_password_file": Schema.string.doc("A file holding the vault password."),
                "background": Schema.number.minimum(0).doc(
                    "Run tasks asynchronously and give up after this many seconds."),
                "check": Schema.boolean.defaultValue(false).doc(
                    "Dry run: report what would change without changing it."),
                "diff": Schema.boolean.defaultValue(false).doc("Show the differences in files the playbook changes."),
                "module_path": Schema.string.doc("Directories prepended to Ansible's module search path."),
                "poll": Schema.number.minimum(0).doc("How often, in seconds, to poll tasks run in the background."),
                "args": Schema.string.doc("Arguments for the module given in module_name."),
                "extra_vars": Schema.string.doc(
                    "Extra variables, as `key=value` pairs, JSON, or `@file`."),
                "forks": Schema.number.minimum(0).doc("How many hosts to work on in parallel."),
                "inventory": Schema.string.doc("The inventory file or comma-separated host list."),
                "scp_extra_args": Schema.string.doc("Extra arguments for scp only."),
                "sftp_extra_args": Schema.string.doc("Extra arguments for sftp only."),
                "private_key": Schema.string.doc("The SSH private key file used to connect."),
                "connection": Schema.string.doc("The connection type to use (for example `ssh`)."),
                "module_name": Schema.string.doc("The module to run."),
                "sleep": Schema.string.doc("Wait a random time of up to this many seconds before starting."),
                "tags": Schema.string.doc("Run only the plays and tasks with these tags (comma-separated)."),
                "skip_tags": Schema.string.doc("Skip the plays and tasks with these tags (comma-separated)."),
            ], additional: .allowed
        ).doc("Options of one ansible-playbook run, named after its command-line flags.")
    }
}

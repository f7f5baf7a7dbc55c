/// NTP servers, pools and peers written with a port (`time.example.com:123`), which cloud-init
/// writes into the client's configuration unchanged and which the clients then look up, whole, as
/// a host name.
///
/// cloud-init accepts any text here: its schema declares `format: hostname`, which neither
/// Debian's validator nor the boot checks, and cc_ntp renders each item into the client's
/// template as it is (`server time.example.com:123 iburst` for chrony and ntp,
/// `NTP=time.example.com:123` for systemd-timesyncd). Verified with Debian 12's clients (chrony 4.3,
/// ntpsec 1.2.2, systemd-timesyncd 252): each looks `time.example.com:123` up as a name, which
/// fails, and never uses the server; a name with an underscore (`ntp_1.example.com`) or an IPv6
/// address (`2001:db8::1`) works. A bracketed address with a port (`[2001:db8::1]:123`) works with
/// ntpsec only, so it is not reported when `ntp_client` is `ntp`. A custom `config.template`
/// decides itself how it writes the items, so nothing is reported then.
struct NTPServerPortRule: LintRule {
    let definition = RuleDescription(
        id: .ntpServerPort, family: .semantics, defaultSeverity: .error,
        summary: "An NTP server or pool is written with a port",
        rationale: "cloud-init writes each item of ntp.servers, ntp.pools and ntp.peers into the NTP client's "
            + "configuration as it is: `server time.example.com:123 iburst` for chrony and ntp, "
            + "`NTP=time.example.com:123` for systemd-timesyncd. None of them reads a port there: each looks the "
            + "whole text up as a host name, the lookup fails, and the server is never used (with no other "
            + "server, the clock is never synchronised). NTP's port is 123, the clients' default, so the fix "
            + "drops `:123`; another port needs the client's own syntax through ntp.config.template. Host names "
            + "are otherwise not checked: cloud-init does not check them either, and names such as "
            + "`ntp_1.example.com` resolve.",
        triggeringExamples: [
            RuleExample(
                "ntp:\n  servers: [1️⃣time.example.com:123, ntp_1.example.com]\n",
                message: "chrony, ntp and systemd-timesyncd look 'time.example.com:123' up as a host name",
                corrected: "ntp:\n  servers: [time.example.com, ntp_1.example.com]\n"),
            RuleExample(
                "ntp:\n  pools:\n    - 1️⃣'pool.example.com:1123'\n", message: "for port 1123"),
        ],
        nonTriggeringExamples: [
            "ntp:\n  servers: [ntp_1.example.com, 192.0.2.1, '2001:db8::1']\n",
            "ntp:\n  ntp_client: ntp\n  servers: ['[2001:db8::1]:123']\n",
        ],
        fixSafety: .safe(
            "only the port 123 is dropped, which is the port every NTP client uses by default: the client gets "
                + "the host it could not look up, and nothing else changes"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig, let ntp = context.topLevel("ntp"), context.kind(of: ntp) == .mapping,
            context.value("config", in: ntp).flatMap({ context.value("template", in: $0) }) == nil
        else { return [] }
        let client = context.value("ntp_client", in: ntp).flatMap { context.string($0) }
        var diagnostics: [Diagnostic] = []
        for (key, directive) in [("servers", "server"), ("pools", "pool"), ("peers", "peer")] {
            guard let list = context.value(key, in: ntp) else { continue }
            for (index, item) in context.items(list).enumerated() {
                guard let text = context.string(item), let address = NTPAddress(text),
                    !(address.isBracketed && client == "ntp")
                else { continue }
                let keyPath = KeyPath.root.appending(key: "ntp").appending(key: key).appending(index: index)
                var fixIts: [FixIt] = []
                if address.port == "123" {
                    let replacement = address.isBracketed ? "'\(address.host)'" : address.host
                    fixIts.append(
                        FixIt(
                            message: "drop the port: 123 is NTP's port",
                            edits: [TextEdit(range: context.range(item), replacement: replacement)], isSafe: true))
                }
                diagnostics.append(
                    diagnostic(
                        .ntpPort(text, address, directive: directive), at: context.range(item), keyPath: keyPath,
                        fixIts: fixIts))
            }
        }
        return diagnostics
    }
}

/// An NTP server written with a port: `name:port`, `192.0.2.1:port` or `[IPv6]:port`. An IPv6
/// address alone has at least two colons and is not one.
struct NTPAddress: Equatable {
    /// The host, without brackets.
    let host: String
    /// The port's digits.
    let port: String
    /// Whether the host is written in brackets.
    let isBracketed: Bool

    /// The host and port of a text written with a port; `nil` for any other text.
    init?(_ text: String) {
        // Both forms need a colon before the port: text without one (most servers) is passed
        // over without reading its characters.
        guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            let rest = text[text.index(after: close)...]
            guard rest.first == ":", isDigits(rest.dropFirst()), close > text.index(after: text.startIndex) else {
                return nil
            }
            host = String(text[text.index(after: text.startIndex)..<close])
            port = String(rest.dropFirst())
            isBracketed = true
            return
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, isDigits(parts[1]),
            !parts[0].contains(where: { $0 == " " || $0 == "/" })
        else { return nil }
        host = String(parts[0])
        port = String(parts[1])
        isBracketed = false
    }
}

extension Diagnostic.Message {
    fileprivate static func ntpPort(_ text: String, _ address: NTPAddress, directive: String) -> Self {
        let written =
            directive == "peer"
            ? "'peer \(text)'" : "'\(directive) \(text) iburst' (chrony, ntp) or 'NTP=\(text)' (systemd-timesyncd)"
        let lookup =
            address.isBracketed
            ? "chrony and systemd-timesyncd look '\(text)' up as a host name, which fails (only ntpsec reads a "
                + "bracketed address with a port)"
            : "chrony, ntp and systemd-timesyncd look '\(text)' up as a host name, which fails"
        let advice =
            address.port == "123"
            ? "123 is NTP's port and every client's default: write '\(address.host)'"
            : "for port \(address.port), write the client's configuration with ntp.config.template (chrony: "
                + "server \(address.host) port \(address.port))"
        return Self(
            "a port cannot be given here: cloud-init writes \(written), and \(lookup), so this \(directive) is "
                + "never used; \(advice)")
    }
}

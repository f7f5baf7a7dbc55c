/// A VM's host name and, optionally, its fully qualified domain name.
///
/// ```swift
/// let identity = try HostIdentity(hostname: "web-01", fqdn: "web-01.example.net")
/// ```
public struct HostIdentity: Sendable, Hashable {
    /// The host name: one RFC 1123 label.
    public let hostname: String
    /// The fully qualified domain name, whose first label is the host name; `nil` for none.
    public let fqdn: String?

    /// Creates an identity.
    ///
    /// - Parameters:
    ///   - hostname: One label of letters, digits and hyphens, at most 63 characters, neither
    ///     starting nor ending with a hyphen (RFC 1123) — which also keeps it within Azure's
    ///     64-character Linux computer name; not all digits.
    ///   - fqdn: Dotted labels, at most 253 characters, starting with the host name.
    /// - Throws: ``PlanProblem`` at `hostname` or `fqdn` for the first value that is invalid.
    public init(hostname: String, fqdn: String? = nil) throws(PlanProblem) {
        if let problem = Self.labelProblem(hostname, what: "host name") {
            throw PlanProblem(.invalidHostname, at: .key("hostname"), problem)
        }
        // The host name is ASCII now: its characters are its bytes.
        if hostname.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            throw PlanProblem(
                .invalidHostname, at: .key("hostname"),
                "'\(hostname)' is not a valid host name: it cannot be all digits, which reads as an address")
        }
        if let fqdn {
            let labels = fqdn.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if labels.count < 2 {
                throw PlanProblem(
                    .invalidFQDN, at: .key("fqdn"),
                    "'\(fqdn)' is not a fully qualified domain name: it needs a domain after the host name")
            }
            if fqdn.utf8.count > 253 {
                throw PlanProblem(
                    .invalidFQDN, at: .key("fqdn"), "a domain name has at most 253 characters, not \(fqdn.utf8.count)")
            }
            for label in labels {
                if let problem = Self.labelProblem(label, what: "label") {
                    throw PlanProblem(.invalidFQDN, at: .key("fqdn"), "in '\(fqdn)': \(problem)")
                }
            }
            if labels[0].lowercased() != hostname.lowercased() {
                throw PlanProblem(
                    .hostnameMismatch, at: .key("fqdn"),
                    "'\(fqdn)' does not start with the host name '\(hostname)'; cloud-init would set the two apart")
            }
        }
        self.hostname = hostname
        self.fqdn = fqdn
    }

    /// What is wrong with one label of a host or domain name, or `nil` when it is valid.
    ///
    /// - Parameters:
    ///   - label: The label.
    ///   - what: How to name it in the message.
    /// - Returns: The problem, lower-case.
    static func labelProblem(_ label: String, what: String) -> String? {
        if label.isEmpty { return "a \(what) cannot be empty" }
        if label.utf8.count > 63 { return "a \(what) has at most 63 characters, not \(label.utf8.count)" }
        // ASCII letters, digits and hyphens: byte by byte, as no other scalar's UTF-8 has such a byte.
        let allowed = label.utf8.allSatisfy { PlanValidation.isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        if !allowed {
            return "'\(label)' is not a valid \(what): use letters, digits and hyphens only (RFC 1123)"
        }
        if label.hasPrefix("-") || label.hasSuffix("-") {
            return "'\(label)' is not a valid \(what): it cannot start or end with a hyphen"
        }
        return nil
    }
}

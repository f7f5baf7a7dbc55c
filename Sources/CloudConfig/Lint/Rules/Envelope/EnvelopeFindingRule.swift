/// A rule that reports one kind of finding of the envelope layer (an ``EnvelopeFinding/Code``):
/// the MIME structure, content types, transfer encodings, merge headers, decoding layers.
///
/// The envelope layer reports codes and knows no rules; each code has its own rule here, so that
/// every kind of finding can be configured on its own. A finding in a decoded text (after base64
/// or gzip) keeps its position there and names the text in ``Diagnostic/envelope``.
protocol EnvelopeFindingRule: LintRule {
    /// The code whose findings the rule reports.
    var code: EnvelopeFinding.Code { get }
}

extension EnvelopeFindingRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        context.userData.envelopeFindings.filter { $0.code == code }.map { finding in
            var diagnostic = diagnostic(
                Diagnostic.Message(finding.message), at: finding.location.range, notes: finding.notes,
                fixIts: definition.fixSafety?.marking(finding.fixIts) ?? finding.fixIts, severity: finding.severity)
            diagnostic.envelope = finding.location.envelope
            return diagnostic
        }
    }
}

/// User-data for the envelope rules' examples: a MIME message with the boundary `B`.
enum EnvelopeExample {
    /// The outer headers of ``mime(_:preamble:closed:)``.
    static let outerHeaders = "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n"

    /// A `multipart/mixed` message: the outer headers (lines 1 to 3), then each part after a
    /// `--B` line, then the closing `--B--`.
    ///
    /// - Parameters:
    ///   - parts: Each part's header lines, a blank line and its body.
    ///   - preamble: Text before the first delimiter.
    ///   - closed: Whether the message ends with `--B--`.
    /// - Returns: The message.
    static func mime(_ parts: String..., preamble: String = "", closed: Bool = true) -> String {
        outerHeaders + preamble + parts.map { "--B\n" + $0 }.joined() + (closed ? "--B--\n" : "")
    }

    /// A cloud-config part declared `text/cloud-config`.
    static let cloudConfigPart = "Content-Type: text/cloud-config\n\n#cloud-config\nhostname: web\n"

    /// A shell script part.
    static let scriptPart = "Content-Type: text/x-shellscript\n\n#!/bin/sh\necho ready\n"
}

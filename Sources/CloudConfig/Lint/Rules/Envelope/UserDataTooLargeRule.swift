/// User-data larger than the platform accepts (`--platform`).
struct UserDataTooLargeRule: LintRule {
    let definition = RuleDescription(
        id: .userDataTooLarge, family: .envelope, defaultSeverity: .error,
        summary: "User-data larger than the platform accepts",
        rationale: "Every cloud limits the size of user-data (Azure custom data: 65,535 bytes, 87,380 characters of "
            + "base64; AWS: 16 KB), counted before or after the base64 encoding the API carries it in. Over the limit "
            + "the VM is not created, or the data is cut. cloud-init decompresses gzip user-data, so compressing "
            + "often makes it fit (not for Ignition on Azure). Checked with --platform.")

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let report = context.userData.sizeReport else { return [] }
        let start = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))
        return report.verdicts.filter { !$0.fits }.map { verdict in
            diagnostic(.tooLarge(verdict, report: report), at: start, severity: verdict.severity)
        }
    }
}

extension SizeReport.Verdict {
    /// The most serious severity among the limits exceeded.
    fileprivate var severity: Severity {
        limits.filter { !$0.fits }.map(\.limit.severity).max() ?? .error
    }
}

extension Diagnostic.Message {
    fileprivate static func tooLarge(_ verdict: SizeReport.Verdict, report: SizeReport) -> Self {
        let over = verdict.limits.filter { !$0.fits }.map { limit in
            "\(grouped(limit.size)) \(limit.limit.measure.rawValue), over the limit of \(grouped(limit.limit.maximum))"
        }
        var text =
            "the user-data is \(grouped(report.raw)) bytes (\(grouped(report.base64)) characters in base64); "
            + "\(verdict.budget.name) takes less: \(over.joined(separator: "; "))"
        switch verdict.gzipWouldFit {
        case true?:
            text +=
                "; gzip-compressed it is \(grouped(report.gzip)) bytes (\(grouped(report.base64OfGzip)) in base64) "
                + "and would fit: cloud-init decompresses gzip user-data"
        case false?:
            if let note = verdict.gzipNote {
                text += "; gzip would make it fit, but \(note)"
            } else {
                text += "; even gzip-compressed (\(grouped(report.gzip)) bytes) it would not fit"
            }
        case nil:
            break
        }
        return Self(text)
    }

    /// A count with thousands separated by commas: `65,535`.
    private static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return (value < 0 ? "-" : "") + output
    }
}

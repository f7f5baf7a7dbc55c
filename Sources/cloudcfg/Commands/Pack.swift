import ArgumentParser
import CloudConfig
import SystemPackage

/// `cloudcfg pack`: parts into one MIME multipart user-data, optionally gzipped and base64-encoded,
/// with its sizes and a refusal when it does not fit a platform's budget.
struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Pack user-data parts into one MIME multipart message, with sizes and budgets.",
        discussion: """
            Each PART is a file whose type cloud-init tells from its first line (#cloud-config, #!, \
            #cloud-boothook, ...), or FILE:TYPE to give the type (setup.sh:text/x-shellscript). The \
            message goes to standard output (or --output FILE); its sizes — raw, gzip, base64 — go to \
            standard error, with the verdict of --budget. Over the budget, nothing is written.

            Exit codes: 0 packed, 1 over the budget, 64 usage, 65 a part whose type cannot be told, 66 a \
            missing part, 73 an output file that exists (without --force) or cannot be written.

            Examples:
              cloudcfg pack --gzip --base64 Examples/user-data/web-server.yaml > ud
              cloudcfg pack --budget azure-custom-data Examples/user-data/web-server.yaml
            """
    )

    @Argument(help: ArgumentHelp("Files to pack, in order: FILE or FILE:TYPE.", valueName: "part"))
    var parts: [String]

    @Flag(help: "Gzip the message (cloud-init decompresses it; Ignition on Azure does not).")
    var gzip = false

    @Flag(help: "Encode the result as base64, as platform APIs take user-data.")
    var base64 = false

    @Option(
        help: ArgumentHelp(
            "Refuse output over this budget: " + PlatformBudget.all.map(\.id).joined(separator: ", ") + ".",
            valueName: "name"))
    var budget: String?

    @Option(
        name: .customLong("merge-type"),
        help: ArgumentHelp(
            "A Merge-Type header for each cloud-config part, such as 'list(append)+dict(recurse_array)+str()'.",
            valueName: "rules"))
    var mergeType: String?

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    func validate() throws {
        if let budget, !PlatformBudget.all.contains(where: { $0.id == budget }) {
            throw ValidationError(
                "'\(budget)' is not a budget; the budgets are " + PlatformBudget.all.map(\.id).joined(separator: ", "))
        }
        if parts.isEmpty { throw ValidationError("give at least one part") }
    }

    func run() throws {
        var mimeParts: [MIMEPart] = []
        for argument in parts {
            let (path, declared) = Self.split(argument)
            let source: SourceFile
            do {
                source = try InputReader.read(path, limit: 64 << 20)
            } catch {
                Console.error("\(error)\n")
                throw ExitStatus.missingInput
            }
            guard let type = declared ?? MIMEPart.contentType(sniffing: source.bytes) else {
                Console.error(
                    "\(path): error: cloud-init would not recognise this part by its first line; give its type as "
                        + "\(path):TYPE, such as \(path):text/x-shellscript\n")
                throw ExitStatus.unparsable
            }
            let isCloudConfig = type.lowercased() == "text/cloud-config"
            mimeParts.append(
                MIMEPart(
                    content: source.bytes, contentType: type, filename: FileSystem.name(of: path),
                    mergeType: isCloudConfig ? mergeType : nil))
        }
        let message: [UInt8]
        do {
            message = try MIMEBuilder.build(mimeParts)
        } catch {
            Console.error("error: \(error)\n")
            throw ExitStatus.unparsable
        }
        let delivered: [UInt8]
        do {
            delivered = try UserDataPacking.pack(message, gzip: gzip, base64: false)
        } catch {
            Console.error("error: \(error)\n")
            throw ExitStatus.findings
        }
        let chosen = budget.flatMap { id in PlatformBudget.all.first { $0.id == id } }
        let report = SizeReport.measure(delivered, budgets: chosen.map { [$0] } ?? [])
        Console.error(Self.sizes(report, gzipped: gzip, base64: base64))
        for verdict in report.verdicts {
            for limit in verdict.limits {
                let state = limit.fits ? "fits, \(limit.headroom) to spare" : "over by \(-limit.headroom)"
                Console.error(
                    "\(verdict.budget.id): \(limit.size) of \(limit.limit.maximum) \(limit.limit.measure.rawValue): "
                        + "\(state)\n")
            }
            if !verdict.fits {
                var message = "error: the user-data does not fit \(verdict.budget.name); nothing written"
                if verdict.gzipWouldFit == true { message += " (with --gzip it would fit)" }
                Console.error(message + "\n")
                throw ExitStatus.findings
            }
        }
        let bytes = base64 ? try UserDataPacking.pack(delivered, gzip: false, base64: true) : delivered
        if let output {
            do {
                try OutputWriter.writeFile(bytes, to: output, overwrite: force)
            } catch {
                Console.error("\(error)\n")
                throw ExitStatus.cannotCreate
            }
        } else {
            _ = try? bytes.withUnsafeBytes { try FileDescriptor.standardOutput.writeAll($0) }
        }
    }

    /// `FILE:TYPE` split at the last colon when what follows is a content type; otherwise the
    /// whole argument is the file.
    static func split(_ argument: String) -> (path: String, type: String?) {
        guard let colon = argument.lastIndex(of: ":") else { return (argument, nil) }
        let type = String(argument[argument.index(after: colon)...])
        let pieces = type.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2, pieces.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else { return (argument, nil) }
        return (String(argument[..<colon]), type)
    }

    /// The sizes line: raw, gzip and base64.
    static func sizes(_ report: SizeReport, gzipped: Bool, base64: Bool) -> String {
        if gzipped {
            return "gzip \(report.raw) bytes, base64 \(report.base64) characters\n"
        }
        return "raw \(report.raw) bytes, gzip \(report.gzip) bytes, base64 \(report.base64) characters "
            + "(gzip then base64 \(report.base64OfGzip))\n"
    }
}

/// A user script that relies on what only a boothook gets.
struct BoothookWithoutHeaderRule: LintRule {
    let definition = RuleDescription(
        id: .boothookWithoutHeader, family: .script, defaultSeverity: .warning,
        summary: "A user script that relies on what only a boothook gets",
        rationale: "cloud-init sets INSTANCE_ID in the environment of boothooks ('#cloud-boothook', run early on every "
            + "boot) and of bootcmd, not of user scripts ('#!', run once per instance in the final stage). A script "
            + "that uses $INSTANCE_ID was meant as a boothook: without the '#cloud-boothook' line it runs later, "
            + "once, with INSTANCE_ID unset.",
        triggeringExamples: [
            RuleExample(
                "#!/bin/sh\necho \"first boot of 1️⃣$INSTANCE_ID\" > /run/first-boot\n",
                message: "INSTANCE_ID is set only for boothooks")
        ],
        nonTriggeringExamples: [
            "#cloud-boothook\n#!/bin/sh\necho \"boot of $INSTANCE_ID\" >> /var/log/boots\n",
            "#!/bin/sh\nINSTANCE_ID=$(cloud-init query instance_id)\necho \"$INSTANCE_ID\" > /run/id\n",
        ],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        guard case .script(let handler) = context.userData.handling, handler != .boothook else { return [] }
        let bytes = context.source.bytes
        let name = Array("INSTANCE_ID".utf8)
        // A script that sets the variable itself does not rely on cloud-init for it.
        if let assignment = ByteSearch.firstOffset(of: name + [UInt8(ascii: "=")], in: bytes),
            assignment == 0 || !Self.isNameByte(bytes[assignment - 1])
        {
            return []
        }
        var offset = 0
        while let found = ByteSearch.firstOffset(of: name, in: bytes, range: offset..<bytes.count) {
            offset = found + name.count
            let after = found + name.count
            guard after == bytes.count || !Self.isNameByte(bytes[after]) || bytes[after] == UInt8(ascii: "}") else {
                continue
            }
            var start = found
            if found >= 2, bytes[found - 1] == UInt8(ascii: "{"), bytes[found - 2] == UInt8(ascii: "$") {
                start = found - 2
            } else if found >= 1, bytes[found - 1] == UInt8(ascii: "$") {
                start = found - 1
            } else {
                continue
            }
            let end = bytes.count > after && bytes[after] == UInt8(ascii: "}") ? after + 1 : after
            let range = SourceRange(
                start: context.source.location(atOffset: start), end: context.source.location(atOffset: end))
            return [diagnostic(.instanceID, at: range)]
        }
        return []
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F
    }
}

extension Diagnostic.Message {
    fileprivate static let instanceID: Self =
        Self(
            "INSTANCE_ID is set only for boothooks and bootcmd; this user script runs once, in the final stage, "
                + "without it: to run early on every boot, make it a boothook ('#cloud-boothook' as the first line)")
}

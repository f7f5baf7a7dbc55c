import Testing

@testable import CloudConfig

/// `FileMode`: cloud-init's readings of `permissions` and the forms cloudcfg writes.
@Suite struct FileModeTests {
    @Test(arguments: [
        (0o644, true), (0o600, true), (0o755, true), (0o4755, true), (0o2755, true), (0o440, true), (0o1204, false),
        (0o620, false), (0o670, false), (0o4644, false), (0o1777, false), (0o200, false), (0o10644, false),
        (0o777, true), (0, true),
    ])
    func typicalModes(_ mode: Int, typical: Bool) {
        #expect(FileMode(rawValue: mode).isTypical == typical, "\(String(mode, radix: 8))")
    }

    @Test(arguments: [0o644, 0o4755, 0o2750, 0o1777, 0o1644, 0o6000, 0])
    func symbolicRoundTrip(_ mode: Int) {
        #expect(FileMode(symbolic: FileMode(rawValue: mode).symbolic)?.rawValue == mode)
    }

    @Test func symbolicForms() {
        #expect(FileMode(rawValue: 0o644).symbolic == "rw-r--r--")
        #expect(FileMode(rawValue: 0o1204).symbolic == "-w----r-T")
        #expect(FileMode(rawValue: 0o4755).symbolic == "rwsr-xr-x")
        #expect(FileMode(symbolic: "-rw-r-----")?.rawValue == 0o640)
        #expect(FileMode(symbolic: "rw-r--r-x-") == nil)
    }

    @Test func bitsCombine() {
        let mode: FileMode = [.ownerReadWrite, .groupRead, .otherRead]
        #expect(mode.rawValue == 0o644)
        #expect(mode == .writeFilesDefault)
        #expect(FileMode.ownerReadWriteExecute.union([.groupRead, .groupExecute]).rawValue == 0o750)
        #expect(FileMode(rawValue: 0o666).subtracting(.otherWrite).rawValue == 0o664)
    }

    @Test func writtenAsCloudInitRequires() {
        #expect(FileMode(rawValue: 0o644).cloudConfigValue == "0644")
        #expect(FileMode(rawValue: 0o4755).cloudConfigValue == "4755")
        #expect(FileMode(rawValue: 0o7).cloudConfigValue == "0007")
        #expect(FileMode(rawValue: 0o644).quoted == "'0644'")
        #expect(FileMode(rawValue: 0o1204).description == "0o1204")
    }

    @Test func theQuotedValueStaysAStringWhenEmitted() throws {
        // An unquoted 0644 would be the integer 420; the emitter quotes the value cloudcfg writes.
        let mode = YAMLValue.scalar(.string(FileMode(rawValue: 0o644).cloudConfigValue))
        let emitted = try YAMLEmitter.emit(
            .mapping([YAMLValue.Entry(key: .scalar(.string("permissions")), value: mode)]))
        #expect(emitted.contains("'0644'"))
        let reread = YAMLStream.parse(emitted)
        let document = try #require(reread.documents.first)
        let root = try #require(document.root)
        let node = try #require(document.value(forKey: "permissions", in: root))
        #expect(document[node].value == .string("0644"))
    }

    /// How cloud-init reads each form, as its `decode_perms` does (checked against cloud-init by
    /// `SemanticWriteFilesTests.agreesWithCloudInitsDecodePerms`).
    @Test(arguments: [
        (YAMLScalar.string("0644"), 0o644), (.string("644"), 0o644), (.string("0o644"), 0o644),
        (.string(" 0o7_55 "), 0o755), (.string("٦٤٤"), 0o644), (.int(YAMLInteger(420)), 0o644),
        (.int(YAMLInteger(0o4755)), 0o4755),
    ])
    func cloudInitReadings(_ value: YAMLScalar, _ mode: Int) {
        #expect(FileMode(cloudInitValue: value)?.rawValue == mode)
    }

    /// Values cloud-init does not apply as given: not octal, zero, negative, above 0o7777.
    @Test(arguments: [
        YAMLScalar.string("rw-r--r--"), .string("0x1a4"), .string("0o9"), .string("0000"), .string("-644"),
        .string("10644"), .int(YAMLInteger(0)), .int(YAMLInteger(-420)), .int(YAMLInteger(99_999_999_999)),
        .bool(true), .string(""),
    ])
    func valuesNotAppliedAsGiven(_ value: YAMLScalar) {
        #expect(FileMode(cloudInitValue: value) == nil)
    }

    @Test func octalText() {
        #expect(FileMode(octal: "0600")?.rawValue == 0o600)
        #expect(FileMode(octal: "0o600")?.rawValue == 0o600)
        #expect(FileMode(octal: "600")?.rawValue == 0o600)
        #expect(FileMode(octal: "0x180") == nil)
    }

    @Test func whatTheKernelApplies() {
        #expect(FileMode.applied(YAMLInteger(0o10644))?.rawValue == 0o644)
        #expect(FileMode.applied(YAMLInteger(-420))?.rawValue == 0o7134)
        #expect(FileMode.applied(YAMLInteger(1 << 40)) == nil)
        #expect(FileMode.pythonOctal("-0o17")?.description == "-15")
        #expect(FileMode.pythonOctal("6__44") == nil)
    }
}

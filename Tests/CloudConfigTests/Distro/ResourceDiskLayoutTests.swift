import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The resource-disk layout: valid cloud-config for each distribution's cloud-init, the swap
/// mount ordered by a unit that release has, and — judged by cloud-init 22.4.2 — why it belongs
/// in user-data rather than in a cloud.cfg.d drop-in.
@Suite struct ResourceDiskLayoutTests {
    static let layout = ResourceDiskLayout.swapPartition(swapPercent: 33, mountPoint: "/mnt/resource")

    @Test func theDatasourceDefaultWritesNothing() {
        #expect(ResourceDiskLayout.datasourceDefault.cloudConfig(for: .newest) == nil)
    }

    @Test(arguments: DistroProfile.all.compactMap { $0.cloudInit?.lintTarget })
    func isValidCloudConfigForEachDistributionsRelease(_ release: CloudInitVersion) throws {
        let value = try #require(Self.layout.cloudConfig(for: release))
        let text = try YAMLEmitter.emit(value, options: YAMLEmitter.Options(header: "#cloud-config"))
        let stream = YAMLStream.parse(text)
        #expect(stream.diagnostics.isEmpty)
        let document = try #require(stream.documents.first)
        let root = try #require(document.root)
        let findings = SchemaValidator(target: release).validate(root, in: document, against: Catalog.cloudConfig.root)
        #expect(findings.filter(\.isError).isEmpty, "\(release): \(findings.map(\.path))")
        let usesOldUnit = text.contains("x-systemd.requires=cloud-init.service")
        #expect(usesOldUnit == (release < "24.3"), "\(release)")
        #expect(text.contains("x-systemd.after=cloud-init-network.service") == (release >= "24.3"))
    }

    /// cloud-init 22.4.2 merges the Azure datasource's built-in disk config above system config:
    /// as a drop-in the layout would lose its `disk_setup` and `fs_setup`; as user-data it wins.
    /// Its schema accepts the layout too.
    @Test(.enabled(if: DebianPython.shouldRun(Oracle.hasCloudInit)))
    func belongsInUserDataNotInADropIn() throws {
        let value = try #require(Self.layout.cloudConfig(for: .debian12))
        let text = try YAMLEmitter.emit(value, options: YAMLEmitter.Options(header: "#cloud-config"))
        let script = """
            import json, sys, yaml
            from cloudinit import util
            from cloudinit.config.schema import get_schema, validate_cloudconfig_schema, SchemaValidationError
            from cloudinit.sources.DataSourceAzure import BUILTIN_CLOUD_EPHEMERAL_DISK_CONFIG as builtin
            ours = util.load_yaml(json.load(sys.stdin)['text'])
            as_dropin = util.mergemanydict([builtin, ours])
            as_userdata = util.mergemanydict([ours, builtin])
            try:
                validate_cloudconfig_schema(ours, get_schema(), strict=True)
                errors = []
            except SchemaValidationError as e:
                errors = [str(p) for p in e.schema_errors]
            print(json.dumps({'dropin': as_dropin['disk_setup']['ephemeral0']['layout'],
                'dropinFS': len(as_dropin['fs_setup']),
                'userdata': as_userdata['disk_setup']['ephemeral0']['layout'],
                'userdataFS': len(as_userdata['fs_setup']), 'errors': errors}))
            """
        let answer = try #require(try Oracle.pythonJSON(script, input: ["text": text]) as? [String: Any])
        #expect((answer["dropin"] as? [Int]) == [100], "the datasource's layout wins over a drop-in")
        #expect(answer["dropinFS"] as? Int == 1)
        #expect((answer["userdata"] as? [Any])?.count == 2, "user-data's layout wins over the datasource")
        #expect(answer["userdataFS"] as? Int == 2)
        #expect((answer["errors"] as? [String]) == [])
    }
}

import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The cloud-init drop-ins: valid YAML that reads back to the intended value, keys cloud-init
/// knows, none of the guides' known mistakes, and cloud-init 22.4.2's own loader as the judge.
@Suite struct CloudConfigDropInTests {
    /// Every drop-in of every profile, once per distinct file content.
    static var dropIns: [CloudConfigDropIn] {
        var seen: Set<String> = []
        var result: [CloudConfigDropIn] = []
        for dropIn in DistroProfile.all.flatMap(\.dropIns) {
            let key = dropIn.fileName + "\n" + dropIn.content.json.serialized(pretty: false, sortKeys: true)
            if seen.insert(key).inserted { result.append(dropIn) }
        }
        return result
    }

    @Test func everyDropInRendersToYAMLThatReadsBackToItsValue() throws {
        #expect(Self.dropIns.count >= 4)
        for dropIn in Self.dropIns {
            let text = try dropIn.rendered()
            #expect(text.hasPrefix("# written by cloudcfg: "))
            let stream = YAMLStream.parse(text, path: dropIn.fileName)
            #expect(stream.diagnostics.isEmpty, "\(dropIn.fileName): \(stream.diagnostics)")
            let document = try #require(stream.documents.first)
            let root = try #require(document.root)
            #expect(document.value(of: root).json == dropIn.content.json, "\(dropIn.fileName)")
            #expect(dropIn.fileName.hasSuffix(".cfg"))
            #expect(dropIn.path == "/etc/cloud/cloud.cfg.d/" + dropIn.fileName)
        }
    }

    @Test func everyKeyIsASystemConfigKeyOrAValidCloudConfigKey() throws {
        let catalog = Catalog.cloudConfig
        let userDataKeys = Set(catalog.root.declaredKeys)
        #expect(CloudConfigDropIn.systemConfigKeys.isDisjoint(with: ["reporting"]) == false)
        for profile in DistroProfile.all {
            for dropIn in profile.dropIns {
                #expect(!dropIn.keys.isEmpty)
                for key in dropIn.keys {
                    #expect(
                        CloudConfigDropIn.systemConfigKeys.contains(key) || userDataKeys.contains(key),
                        "\(profile.id) \(dropIn.fileName): unknown key \(key)")
                }
                // Keys that user-data has too must satisfy the catalog for the release the distribution ships.
                let stream = YAMLStream.parse(try dropIn.rendered())
                let document = try #require(stream.documents.first)
                let root = try #require(document.root)
                let validator = SchemaValidator(target: profile.cloudInit?.lintTarget ?? .newest)
                for pair in document.pairs(of: root) {
                    guard let key = document.value(of: pair.key).string, userDataKeys.contains(key),
                        let schema = catalog.root.child(key)
                    else { continue }
                    let findings = validator.validate(pair.value, in: document, against: schema)
                    #expect(findings.filter(\.isError).isEmpty, "\(profile.id) \(dropIn.fileName) \(key)")
                }
            }
        }
    }

    @Test func noneOfTheGuidesKnownMistakes() throws {
        for profile in DistroProfile.all {
            for dropIn in profile.dropIns {
                let text = try dropIn.rendered()
                #expect(!text.contains("Reporting:"), "capital Reporting is ignored by cloud-init")
                #expect(dropIn.fileName != "05_logging.cfg", "05_logging.cfg belongs to the cloud-init package")
                #expect(dropIn.fileName != "90_dpkg.cfg", "90_dpkg.cfg belongs to the cloud-init package")
                #expect(!text.contains("x-systemd.requires=cloud-init.service"))
            }
            if profile.provisioner.value == .cloudInit {
                let datasource = try #require(profile.dropIns.first { $0.fileName == "91-azure_datasource.cfg" })
                #expect(datasource.content.json.serialized(pretty: false).hasPrefix("{\"datasource_list\":[\"Azure\"]"))
            }
        }
        // Azure Linux's cloud-init package owns 10-azure-kvp.cfg: cloudcfg does not write it there.
        #expect(!DistroProfile.azureLinux3.dropIns.contains { $0.fileName == "10-azure-kvp.cfg" })
        #expect(DistroProfile.rhel9.dropIns.contains { $0.fileName == "10-azure-kvp.cfg" })
    }

    /// cloud-init 22.4.2 reads each rendered drop-in with `util.read_conf` to the intended value,
    /// and each distribution's set of drop-ins with `util.read_conf_d` to their union.
    @Test(.enabled(if: DebianPython.shouldRun(Oracle.hasCloudInit)))
    func cloudInitsLoaderReadsEveryDropInAsIntended() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cloudcfg-dropins-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        var request: [[String: Any]] = []
        for profile in DistroProfile.all where !profile.dropIns.isEmpty {
            let folder = directory.appendingPathComponent(profile.id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var files: [String] = []
            for dropIn in profile.dropIns {
                let url = folder.appendingPathComponent(dropIn.fileName)
                try Data(try dropIn.rendered().utf8).write(to: url)
                files.append(url.path)
            }
            request.append(["distro": profile.id, "folder": folder.path, "files": files])
        }
        let script = """
            import json, sys
            from cloudinit import util
            out = []
            for item in json.load(sys.stdin):
                files = [json.dumps(util.read_conf(f), sort_keys=True, separators=(',', ':')) for f in item['files']]
                merged = json.dumps(util.read_conf_d(item['folder']), sort_keys=True, separators=(',', ':'))
                out.append({'distro': item['distro'], 'files': files, 'merged': merged})
            print(json.dumps(out))
            """
        let answer = try #require(try Oracle.pythonJSON(script, input: request) as? [[String: Any]])
        #expect(answer.count == request.count)
        for entry in answer {
            let id = try #require(entry["distro"] as? String)
            let profile = try #require(DistroProfile.profile(id: id))
            let files = try #require(entry["files"] as? [String])
            #expect(files.count == profile.dropIns.count)
            var union: [(String, JSONValue)] = []
            for (dropIn, loaded) in zip(profile.dropIns, files) {
                #expect(
                    loaded == dropIn.content.json.serialized(pretty: false, sortKeys: true), "\(id) \(dropIn.fileName)")
                if case .object(let members) = dropIn.content.json { union += members }
            }
            // The files set distinct keys, so merging them gives their union.
            #expect(Set(union.map(\.0)).count == union.count)
            #expect(entry["merged"] as? String == JSONValue.object(union).serialized(pretty: false, sortKeys: true))
        }
    }
}

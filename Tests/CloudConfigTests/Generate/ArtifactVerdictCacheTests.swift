import Testing

@testable import CloudConfig

/// The checker's verdicts, kept by an artifact's kind, name and bytes, are the lint's own: an
/// artifact checked again gets exactly what linting it again gives, and the cache stays bounded.
@Suite struct ArtifactVerdictCacheTests {
    static let artifacts = [
        GeneratedArtifact(
            file: "user-data", installPath: nil, kind: .userData, text: "#cloud-config\npackages: nginx\npakages: []\n"),
        GeneratedArtifact(file: "user-data", installPath: nil, kind: .userData, text: "#cloud-config\nhostname: web\n"),
        GeneratedArtifact(
            file: "waagent.conf", installPath: "/etc/waagent.conf", kind: .waagentConf,
            text: "Provisioning.Agent=cloudinit\nResourceDisk.Format=yes\n"),
        // The same bytes as another kind are linted as that kind.
        GeneratedArtifact(
            file: "cloud.cfg.d/x.cfg", installPath: nil, kind: .cloudConfigDropIn,
            text: "#cloud-config\npackages: nginx\npakages: []\n"),
        GeneratedArtifact(
            file: "cloud.cfg.d/y.cfg", installPath: nil, kind: .cloudConfigDropIn,
            text: "#cloud-config\npackages: nginx\npakages: []\n"),
    ]

    @Test func aCheckedArtifactGetsTheLintsFindingsEveryTime() {
        let checker = ArtifactChecker(distro: .debian12)
        for _ in 0..<3 {
            for artifact in Self.artifacts {
                #expect(checker.check(artifact) == checker.lint(artifact), "\(artifact.file)")
            }
        }
        #expect(checker.verdicts.count == Self.artifacts.count)
        // Findings name their artifact: a cached verdict is never another file's.
        #expect(checker.check(Self.artifacts[4]).allSatisfy { $0.artifact == "cloud.cfg.d/y.cfg" })
        #expect(!checker.check(Self.artifacts[0]).isEmpty)
        #expect(checker.check(Self.artifacts[1]).filter(\.isBlocking).isEmpty)
    }

    @Test func copiesOfACheckerShareTheirVerdictsAcrossThreads() async {
        let checker = ArtifactChecker(distro: .debian12)
        let expected = Self.artifacts.map { checker.lint($0) }
        await withTaskGroup(of: Bool.self) { group in
            for index in 0..<16 {
                let copy = checker
                group.addTask {
                    let artifact = Self.artifacts[index % Self.artifacts.count]
                    return copy.check(artifact) == expected[index % Self.artifacts.count]
                }
            }
            for await same in group { #expect(same) }
        }
        #expect(checker.verdicts.count == Self.artifacts.count)
    }

    @Test func aKindThatNeverRepeatsIsNoLongerCachedAndStillLinted() {
        let checker = ArtifactChecker(distro: .debian12)
        let trials = checker.verdicts.trialCount
        for index in 0..<(trials + 3) {
            let artifact = GeneratedArtifact(
                file: "user-data", installPath: nil, kind: .userData,
                text: "#cloud-config\nhostname: web-\(index)\npakages: []\n")
            let findings = checker.check(artifact)
            #expect(findings == checker.lint(artifact))
            #expect(findings.map(\.code) == ["unknown-key"])
        }
        #expect(!checker.verdicts.caches(.userData))
        #expect(checker.verdicts.count == trials)
        // Other kinds are still cached, and a kind that repeats stays cached.
        #expect(checker.verdicts.caches(.waagentConf))
        let cache = ArtifactVerdictCache(trialCount: 2)
        let key = ArtifactVerdictCache.Key(kind: .waagentConf, file: "w", bytes: [1])
        cache.store([], for: key)
        #expect(cache.findings(for: key) == [])
        for byte in 2..<6 {
            cache.store([], for: ArtifactVerdictCache.Key(kind: .waagentConf, file: "w", bytes: [UInt8(byte)]))
        }
        #expect(cache.caches(.waagentConf))
    }

    @Test func theCacheStaysWithinItsBounds() {
        let cache = ArtifactVerdictCache(maximumCount: 3, maximumBytes: 100)
        func key(_ index: Int, size: Int = 10) -> ArtifactVerdictCache.Key {
            ArtifactVerdictCache.Key(kind: .userData, file: "u", bytes: Array(repeating: UInt8(index), count: size))
        }
        for index in 0..<10 {
            cache.store([], for: key(index))
            #expect(cache.count <= 3)
            #expect(cache.findings(for: key(index)) == [])
        }
        // Too large to keep at all.
        cache.store([], for: key(99, size: 200))
        #expect(cache.findings(for: key(99, size: 200)) == nil)
        // Bytes bound: 3 artifacts of 40 bytes do not fit in 100.
        let small = ArtifactVerdictCache(maximumCount: 100, maximumBytes: 100)
        for index in 0..<3 { small.store([], for: key(index, size: 40)) }
        #expect(small.count == 1)
        // A key differs by any byte.
        #expect(small.findings(for: key(2, size: 39)) == nil)
    }
}

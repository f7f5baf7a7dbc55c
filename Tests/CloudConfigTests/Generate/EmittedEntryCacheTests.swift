import Testing

@testable import CloudConfig

/// User-data written entry by entry, with entries written before taken from a cache, is the
/// document libyaml writes at once, byte for byte.
@Suite struct EmittedEntryCacheTests {
    @Test func everyCorpusPlanIsWrittenAsAWhole() throws {
        let cache = EmittedEntryCache()
        let cases = try GeneratedCorpus.all()
        #expect(!cases.isEmpty)
        // Twice: written, then from the cache.
        for _ in 0..<2 {
            for item in cases {
                #expect(
                    try CloudConfigRenderer.text(for: item.plan, entries: cache)
                        == CloudConfigRenderer.text(for: item.plan), "\(item.name)")
            }
        }
        #expect(cache.count > 0)
    }

    @Test func hostsDifferingInAFileShareTheRest() throws {
        let cache = EmittedEntryCache()
        for (host, content) in [("web-01", "a\n"), ("web-02", "b\n\n\n"), ("web-03", "c"), ("web-04", "  d\n")] {
            var parameters = PlanParameters()
            parameters.identity = try HostIdentity(hostname: host)
            parameters.packages = ["nginx"]
            parameters.files = [ProvisionedFile(path: "/etc/motd", text: content)]
            parameters.commands = [.shell("echo \(host)")]
            let plan = try ProvisioningPlan(distro: .debian12, parameters: parameters)
            let text = try CloudConfigRenderer.text(for: plan, entries: cache)
            #expect(text == (try CloudConfigRenderer.text(for: plan)), "\(host)")
        }
    }

    @Test func sequencesWrittenItemByItemAreWrittenAsAWhole() throws {
        // Items that libyaml writes in every style, in lists that share some of them: each entry
        // written from items written before is the entry libyaml writes at once.
        let items: [YAMLValue] = [
            .scalar(.string("plain")), .scalar(.string("")), .scalar(.string("a\nb\n")), .scalar(.string("a\nb")),
            .scalar(.string("x\n\n")), .scalar(.string("  lead\n")), .scalar(.string("---")),
            .scalar(.string("...")), .scalar(.string("- dash")),
            .scalar(.string(String(repeating: "long words ", count: 12))),
            .scalar(.int(YAMLInteger(7))), .scalar(.bool(false)), .scalar(.null), .sequence([]),
            .sequence([.scalar(.string("a")), .sequence([.scalar(.string("b\n"))])]), .mapping([]),
            .mapping([
                YAMLValue.Entry(key: .scalar(.string("path")), value: .scalar(.string("/etc/motd"))),
                YAMLValue.Entry(key: .scalar(.string("content")), value: .scalar(.string("hi\n  there\n"))),
            ]),
            .mapping([YAMLValue.Entry(key: .scalar(.string("k")), value: .scalar(.string("x\n\n")))]),
        ]
        let cache = EmittedEntryCache()
        var checked = 0
        for first in items.indices {
            for second in items.indices {
                for list in [[items[first]], [items[first], items[second]], [items[second], items[0], items[first]]] {
                    let entry = YAMLValue.Entry(key: .scalar(.string("write_files")), value: .sequence(list))
                    let document = YAMLValue.mapping([
                        entry, YAMLValue.Entry(key: .scalar(.string("z")), value: .scalar(.string("end"))),
                    ])
                    let whole = try YAMLEmitter.emit(document)
                    guard let part = try cache.text(of: entry) else { continue }
                    #expect(part + "z: end\n" == whole, "\(list)")
                    checked += 1
                }
            }
        }
        #expect(checked > items.count * items.count)
    }

    @Test func anEntryThatWouldEndTheDocumentIsNotCached() throws {
        // libyaml ends a document whose last scalar keeps its final line breaks with `...`.
        let keeping = YAMLValue.Entry(key: .scalar(.string("a")), value: .scalar(.string("x\n\n")))
        let cache = EmittedEntryCache()
        let text = try YAMLEmitter.emit(.mapping([keeping]))
        #expect(!EmittedEntryCache.standsAlone(text), "\(text)")
        #expect(try cache.text(of: keeping) == nil)
        #expect(cache.count == 0)
        // In the middle of a document it needs no marker: the document is written at once.
        var parameters = PlanParameters()
        parameters.files = [ProvisionedFile(path: "/etc/motd", text: "x\n\n")]
        parameters.packages = ["nginx"]
        let plan = try ProvisioningPlan(distro: .debian12, parameters: parameters)
        #expect(try CloudConfigRenderer.text(for: plan, entries: cache) == CloudConfigRenderer.text(for: plan))
        #expect(!EmittedEntryCache.standsAlone("a: |+\n  x\n\n...\n"))
        #expect(!EmittedEntryCache.standsAlone("{}\n"))
        #expect(EmittedEntryCache.standsAlone("a: b\n"))
        #expect(EmittedEntryCache.standsAlone("runcmd:\n- --now\n- - a\n  - '---'\n"))
        #expect(!EmittedEntryCache.standsAlone("a: b\n---\n"))
        #expect(!EmittedEntryCache.standsAlone("a: b"))
    }

    @Test func valuesThatWriteDifferentlyAreNotIdentical() {
        func entry(_ value: YAMLValue, key: YAMLValue = .scalar(.string("k"))) -> YAMLValue.Entry {
            YAMLValue.Entry(key: key, value: value)
        }
        let values: [YAMLValue.Entry] = [
            entry(.scalar(.string("true"))), entry(.scalar(.bool(true))),
            entry(.scalar(.string("0644"))), entry(.scalar(.int(YAMLInteger(644)))),
            entry(.scalar(.float(0.0))), entry(.scalar(.float(-0.0))),
            entry(.sequence([.scalar(.string("a")), .scalar(.string("b"))])),
            entry(.sequence([.sequence([.scalar(.string("a"))]), .scalar(.string("b"))])),
            entry(.sequence([.sequence([.scalar(.string("a")), .scalar(.string("b"))])])),
            entry(.mapping([YAMLValue.Entry(key: .scalar(.string("a")), value: .scalar(.string("b")))])),
            entry(.pairs([YAMLValue.Entry(key: .scalar(.string("a")), value: .scalar(.string("b")))])),
            entry(.set([.scalar(.string("a")), .scalar(.string("b"))])),
            entry(.scalar(.string("1:a"))), entry(.scalar(.string("1")), key: .scalar(.string("k1"))),
            entry(.scalar(.null)), entry(.scalar(.string("null"))),
        ]
        for (index, left) in values.enumerated() {
            for (other, right) in values.enumerated() {
                let same =
                    EmittedEntryCache.identical(left.key, right.key)
                    && EmittedEntryCache.identical(left.value, right.value)
                #expect(same == (index == other), "\(left) \(right)")
            }
        }
        // Canonically equivalent strings are equal in Swift, but libyaml is given their bytes.
        #expect("\u{E9}" == "e\u{301}")
        #expect(!EmittedEntryCache.identical(.scalar(.string("\u{E9}")), .scalar(.string("e\u{301}"))))
        #expect(EmittedEntryCache.identical(.scalar(.string("caf\u{E9}")), .scalar(.string("caf\u{E9}"))))
    }

    @Test func theCacheStaysWithinItsBounds() throws {
        let cache = EmittedEntryCache(maximumCount: 2, maximumBytes: 1_000)
        for index in 0..<10 {
            let entry = YAMLValue.Entry(key: .scalar(.string("k\(index)")), value: .scalar(.int(YAMLInteger(index))))
            #expect(try cache.text(of: entry) == "k\(index): \(index)\n")
            #expect(cache.count <= 2)
        }
    }
}

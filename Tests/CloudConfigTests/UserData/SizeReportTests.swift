import Testing

@testable import CloudConfig

/// `PlatformBudget` and `SizeReport`: the limits as data and the verdicts.
@Suite struct SizeReportTests {
    @Test func azureCustomDataLimitsAreDecodedAndBase64() {
        let limits = PlatformBudget.azureCustomData.limits
        #expect(limits.map(\.maximum) == [65_535, 87_380])
        // The base64 limit is exactly the base64 length of the decoded limit.
        #expect(UserDataPacking.base64Length(of: 65_535) == 87_380)
    }

    @Test func platformsResolveToTheirBudgets() {
        #expect(PlatformBudget.budgets(for: "azure").map(\.id) == ["azure-custom-data", "azure-user-data"])
        #expect(PlatformBudget.budgets(for: "AWS").map(\.id) == ["aws"])
        #expect(PlatformBudget.budgets(for: "azure-user-data").map(\.id) == ["azure-user-data"])
        #expect(PlatformBudget.budgets(for: "nowhere").isEmpty)
        #expect(PlatformBudget.platforms == ["azure", "aws", "gcp", "openstack", "cloudstack", "vmware"])
    }

    /// 70,000 bytes of repetitive cloud-config: over Azure's 65,535 and AWS's 16,384, fine for
    /// GCE; gzip brings it under both, unless Ignition reads it on Azure.
    static let large: [UInt8] = Array(
        ("#cloud-config\nruncmd:\n" + String(repeating: "  - echo a fairly repetitive command line\n", count: 1700))
            .utf8)

    @Test func reportsSizesAndVerdicts() throws {
        let report = SizeReport.measure(Self.large, budgets: PlatformBudget.budgets(for: "azure") + [.aws, .gcp])
        #expect(report.raw == Self.large.count)
        #expect(report.base64 == (Self.large.count + 2) / 3 * 4)
        #expect(report.gzip < 2000)
        let custom = try #require(report.verdicts.first)
        #expect(!custom.fits)
        // Past 65,535 decoded bytes the base64 text is past 87,380 characters too.
        #expect(custom.limits.map(\.fits) == [false, false])
        #expect(custom.limits[0].headroom == 65_535 - Self.large.count)
        #expect(custom.gzipWouldFit == true)
        #expect(report.verdicts[2].budget.id == "aws")
        #expect(report.verdicts[2].limits.allSatisfy { !$0.fits })
        #expect(report.verdicts[3].fits)
        #expect(report.verdicts[3].gzipWouldFit == nil)
    }

    /// What `fits` says without compressing is the verdict `measure` gives, at every limit's edge.
    @Test func fitsAgreesWithTheMeasuredVerdict() {
        for budget in PlatformBudget.all {
            for limit in budget.limits {
                // The byte counts at the edge of the limit, whichever size it counts.
                let edge =
                    limit.measure == .base64Characters ? limit.maximum / 4 * 3 : limit.maximum
                for count in [0, 1, edge - 1, edge, edge + 1, edge + 2, edge + 3] where count >= 0 {
                    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: count)
                    let verdict = SizeReport.measure(bytes, budgets: [budget]).verdicts[0]
                    #expect(SizeReport.fits(count, budget) == verdict.fits, "\(budget.id) \(count)")
                }
            }
        }
    }

    @Test func ignitionOnAzureIsNotOfferedGzip() {
        let report = SizeReport.measure(Self.large, budgets: [.azureCustomData, .aws], consumer: .ignition)
        #expect(report.verdicts[0].gzipWouldFit == false)
        #expect(report.verdicts[0].gzipNote == "Ignition does not decompress gzip user-data on Azure")
        #expect(report.verdicts[1].gzipWouldFit == true)
    }

    @Test func alreadyGzippedDataIsMeasuredAsIs() throws {
        let gzipped = try Gzip.compress(Self.large)
        let report = SizeReport.measure(gzipped, budgets: [.aws])
        #expect(report.isGzip)
        #expect(report.gzip == gzipped.count)
        #expect(report.verdicts[0].fits)
    }

    @Test func azureUserDataWarnsOnBase64Only() {
        let bytes = [UInt8](repeating: 0x41, count: 60_000)
        let report = SizeReport.measure(bytes, budgets: [.azureUserData])
        let limits = report.verdicts[0].limits
        #expect(limits[0].fits)
        #expect(!limits[1].fits)
        #expect(limits[1].limit.severity == .warning)
    }

    @Test func packingGzipsThenEncodes() throws {
        let packed = try UserDataPacking.pack(Self.large, gzip: true, base64: true, lineLength: 76)
        let text = String(decoding: packed, as: UTF8.self)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 76 })
        let decoded = try Base64.decodeLikePython(Array(text.utf8)).get()
        #expect(try Gzip.decompress(decoded).get() == Self.large)
        let envelope = UserDataEnvelope.open(SourceFile(path: "packed", bytes: packed))
        #expect(envelope.parts.first?.payload == Self.large)
        #expect(envelope.parts.first?.path.description == "base64 > gzip")
    }
}

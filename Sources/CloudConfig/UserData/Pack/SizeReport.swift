/// The sizes of user-data as a platform measures them, and the verdict of each budget, with
/// whether gzip would make it fit.
public struct SizeReport: Sendable, Hashable {
    /// The program that reads the user-data on the instance, which decides whether gzip is an
    /// option.
    public enum Consumer: String, Sendable, Hashable {
        /// cloud-init, which decompresses gzip user-data.
        case cloudInit = "cloud-init"
        /// Ignition, which does not decompress on Azure (only its Akamai provider does).
        case ignition
    }

    /// The verdict of one limit.
    public struct LimitVerdict: Sendable, Hashable {
        /// The limit.
        public var limit: PlatformBudget.Limit
        /// The size it counts.
        public var size: Int
        /// The size it would count for the gzipped user-data.
        public var gzipSize: Int
        /// Whether the size is within the limit.
        public var fits: Bool { size <= limit.maximum }
        /// What is left (negative when over).
        public var headroom: Int { limit.maximum - size }
    }

    /// The verdict of one budget.
    public struct Verdict: Sendable, Hashable {
        /// The budget.
        public var budget: PlatformBudget
        /// Each limit.
        public var limits: [LimitVerdict]
        /// Whether every limit is met.
        public var fits: Bool { limits.allSatisfy(\.fits) }
        /// When it does not fit: whether gzip would make it fit and the consumer decompresses it
        /// (`nil` when it fits, or when the user-data is already gzip).
        public var gzipWouldFit: Bool?
        /// Why gzip is not suggested although it would fit, if that is the case.
        public var gzipNote: String?
    }

    /// The user-data as given, in bytes.
    public var raw: Int
    /// The base64 length of the user-data.
    public var base64: Int
    /// The gzipped size (the size itself when it is already gzip).
    public var gzip: Int
    /// The base64 length of the gzipped user-data.
    public var base64OfGzip: Int
    /// Whether the user-data is already gzip.
    public var isGzip: Bool
    /// One verdict per budget.
    public var verdicts: [Verdict]

    /// Measures user-data against budgets.
    ///
    /// - Parameters:
    ///   - bytes: The user-data as it will be delivered (before the API's base64).
    ///   - budgets: The budgets; every budget by default.
    ///   - consumer: What reads it; cloud-init by default.
    /// - Returns: The sizes and verdicts.
    public static func measure(
        _ bytes: [UInt8], budgets: [PlatformBudget] = PlatformBudget.all, consumer: Consumer = .cloudInit
    ) -> SizeReport {
        let isGzip = bytes.starts(with: Gzip.magic)
        let gzipped = isGzip ? bytes.count : ((try? Gzip.compress(bytes).count) ?? bytes.count)
        let base64 = UserDataPacking.base64Length(of: bytes.count)
        let base64OfGzip = UserDataPacking.base64Length(of: gzipped)
        var verdicts: [Verdict] = []
        for budget in budgets {
            let limits = budget.limits.map { limit in
                LimitVerdict(
                    limit: limit, size: size(limit.measure, raw: bytes.count),
                    gzipSize: size(limit.measure, raw: gzipped))
            }
            var verdict = Verdict(budget: budget, limits: limits)
            if !verdict.fits, !isGzip {
                let wouldFit = limits.allSatisfy { $0.gzipSize <= $0.limit.maximum }
                if consumer == .ignition && budget.platform == "azure" {
                    verdict.gzipWouldFit = false
                    if wouldFit { verdict.gzipNote = "Ignition does not decompress gzip user-data on Azure" }
                } else {
                    verdict.gzipWouldFit = wouldFit
                }
            }
            verdicts.append(verdict)
        }
        return SizeReport(
            raw: bytes.count, base64: base64, gzip: gzipped, base64OfGzip: base64OfGzip, isGzip: isGzip,
            verdicts: verdicts)
    }

    /// Whether user-data of a size meets every limit of a budget as it is, which needs no gzip:
    /// what ``measure(_:budgets:consumer:)`` finds for the budget's ``Verdict/fits``, without
    /// compressing anything.
    ///
    /// - Parameters:
    ///   - count: The size of the user-data as it will be delivered, in bytes.
    ///   - budget: The budget.
    /// - Returns: Whether it fits.
    public static func fits(_ count: Int, _ budget: PlatformBudget) -> Bool {
        budget.limits.allSatisfy { size($0.measure, raw: count) <= $0.maximum }
    }

    /// The size a limit counts for user-data of a raw size.
    private static func size(_ measure: PlatformBudget.Measure, raw: Int) -> Int {
        switch measure {
        case .decodedBytes, .rawBytes: raw
        case .base64Characters: UserDataPacking.base64Length(of: raw)
        }
    }
}

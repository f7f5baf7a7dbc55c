/// A sample input for a rule, with `1️⃣`, `2️⃣`, ... marking where findings must start, and
/// optionally what the findings say and what the text becomes once their fixes are applied.
///
/// Triggering examples must produce a finding of the rule at every marker and nowhere else;
/// non-triggering examples must produce none. The test suite runs every example, and
/// `cloudcfg explain RULE` prints them:
///
/// ```swift
/// RuleExample(
///     "packages: [nginx]\n1️⃣packages: [curl]\n",
///     message: "'packages' appears twice in this mapping",  // in every finding's message
///     corrected: nil)                                         // no fix to apply
/// ```
///
/// A triggering example whose findings offer fixes must state ``corrected``: the text after
/// applying the first fix of every finding. An example is linted for the newest cloud-init
/// release unless it names its ``target`` (a key newer than Debian 12's 22.4.2, say).
public struct RuleExample: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The text with markers.
    public let markedText: String
    /// Text that the message of every finding at the markers contains: the whole message, or a
    /// part that tells this example's finding from the rule's other findings.
    public let message: String?
    /// The text (without markers) after applying the first fix of every finding; `nil` when the
    /// findings offer no fix.
    public let corrected: String?
    /// The cloud-init release the example is linted for; `nil` for the default, the newest.
    public let target: CloudInitVersion?
    /// What the example is linted as when it differs from its rule's
    /// (``RuleDescription/exampleKind``), such as a waagent.conf example of a rule about
    /// suppression comments.
    public let kind: InputKind?

    /// The markers cloudcfg recognises, in order.
    public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// Creates an example.
    ///
    /// - Parameter value: The text, with markers where findings start.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Creates an example.
    ///
    /// - Parameters:
    ///   - text: The text, with markers where findings start.
    ///   - message: Text every finding's message contains.
    ///   - corrected: The text once the first fix of every finding is applied.
    ///   - target: The release to lint for; `nil` for the newest.
    ///   - kind: What the example is linted as, when it differs from its rule's.
    public init(
        _ text: String, message: String? = nil, corrected: String? = nil, target: CloudInitVersion? = nil,
        kind: InputKind? = nil
    ) {
        markedText = text
        self.message = message
        self.corrected = corrected
        self.target = target
        self.kind = kind
    }

    /// The files of an example of a rule that checks the files of an image together, or `nil` for
    /// an example of one file. Such an example is a series of files, each introduced by a line
    /// `==> path <==` (as `tail` prints several files), and each with its own markers, which
    /// count lines and columns within that file.
    public var files: [(path: String, example: RuleExample)]? {
        guard markedText.hasPrefix("==> ") else { return nil }
        var files: [(path: String, example: RuleExample)] = []
        var path: String?
        var lines: [Substring] = []
        func flush() {
            guard let path else { return }
            let text = lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
            files.append((path, RuleExample(text)))
        }
        for line in markedText.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.hasPrefix("==> "), line.hasSuffix(" <==") {
                flush()
                path = String(line.dropFirst(4).dropLast(4))
                lines = []
            } else {
                lines.append(line)
            }
        }
        flush()
        return files
    }

    /// The release the example is linted for.
    public var release: CloudInitVersion { target ?? .newest }

    /// The text without markers.
    public var text: String {
        var text = markedText
        for marker in Self.markers { text = text.replacing(marker, with: "") }
        return text
    }

    /// The 1-based line and column (in Unicode scalars of the text without markers) of each
    /// marker, in the order they appear.
    public var markerLocations: [(line: Int, column: Int)] {
        var locations: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        var remaining = Substring(markedText)
        while let first = remaining.first {
            if let marker = Self.markers.first(where: { remaining.hasPrefix($0) }) {
                locations.append((line, column))
                remaining = remaining.dropFirst(marker.count)
                continue
            }
            if first == "\n" {
                line += 1
                column = 1
            } else {
                column += first.unicodeScalars.count
            }
            remaining = remaining.dropFirst()
        }
        return locations
    }
}

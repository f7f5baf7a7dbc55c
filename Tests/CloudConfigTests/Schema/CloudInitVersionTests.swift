import CloudConfig
import Testing

/// How cloud-init version text is parsed: dot-separated ASCII numbers, one to four of them.
@Suite struct CloudInitVersionTests {
    @Test(arguments: [
        ("22.4.2", [22, 4, 2]), ("26", [26]), ("26.2", [26, 2]), ("1.2.3.4", [1, 2, 3, 4]), ("007.10", [7, 10]),
    ])
    func parsesVersions(text: String, components: [Int]) {
        #expect(CloudInitVersion(text)?.components == components)
    }

    @Test(arguments: [
        "", ".", "1.", ".1", "1..2", "1.2.3.4.5", "a.1", "1.2 ", " 1", "-1", "+1", "1_0", "99999999999999999999",
        "1.\u{661}", "1\u{301}.2", "2️⃣",
    ])
    func refusesText(text: String) {
        #expect(CloudInitVersion(text) == nil)
    }
}

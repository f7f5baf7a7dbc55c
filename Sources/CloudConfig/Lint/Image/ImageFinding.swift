/// A finding of a check across the files of an image: a message at one place, with notes at the
/// other places that make it.
package struct ImageFinding: Sendable {
    /// What is wrong.
    package var message: Diagnostic.Message
    /// Where the finding is reported.
    package var site: ImageContext.Site
    /// What to say about ``site`` when it has to become a note (it is in a context file).
    package var siteNote: String
    /// The other places, each with its note.
    package var related: [(message: String, site: ImageContext.Site)]
    /// The severity, when it differs from the rule's.
    package var severity: Severity?

    /// Creates a finding.
    package init(
        _ message: Diagnostic.Message, at site: ImageContext.Site, siteNote: String,
        related: [(message: String, site: ImageContext.Site)], severity: Severity? = nil
    ) {
        self.message = message
        self.site = site
        self.siteNote = siteNote
        self.related = related
        self.severity = severity
    }
}

/// A rule that checks the files of an image together.
package protocol ImageRule: Rule {
    /// Finds problems across the image's files.
    ///
    /// - Parameter image: The files.
    /// - Returns: The findings.
    func check(_ image: ImageContext) -> [ImageFinding]
}

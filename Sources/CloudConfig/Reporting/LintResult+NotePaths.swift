extension LintResult {
    /// The file a note of one of this result's findings points into, for reporters that show or
    /// link it: the note's own path when it is in another file of the image, otherwise this
    /// result's file. The pretty reporter shows that file's line under its own `-->`, and the LSP
    /// reporter links that file's URI.
    ///
    /// - Parameter note: A note of one of the result's diagnostics.
    /// - Returns: The path of the file the note's range is in.
    func path(of note: Note) -> String { note.path ?? path }
}

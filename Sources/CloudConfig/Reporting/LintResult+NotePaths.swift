extension LintResult {
    /// The file a note of one of this result's findings points into, for reporters that show or
    /// link it: today always this result's file, as notes carry no path of their own. When a
    /// note gains one, return it here; the pretty reporter then shows that file's line under its
    /// own `-->`, and the LSP reporter links that file's URI.
    ///
    /// - Parameter note: A note of one of the result's diagnostics.
    /// - Returns: The path of the file the note's range is in.
    func path(of note: Note) -> String { path }
}

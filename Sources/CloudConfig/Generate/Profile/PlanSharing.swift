import Synchronization

/// Which parts of a fleet host's plan are its template's values, taken unchanged
/// (``ProfileResolver``): the renderer writes those parts' text once per template and every
/// such host reuses it, instead of building and comparing the values again.
struct PlanSharing: Sendable {
    /// The template, unique in the process.
    let template: Int
    /// The parts taken from the template unchanged.
    let units: ParameterUnits
    /// For each of the plan's files, the template's item it is when taken unchanged; `nil` for a
    /// file decoded for the host.
    let files: [Int?]

    /// The next template's number.
    private static let counter = Atomic<Int>(0)

    /// A number no other template of the process has.
    static func newTemplate() -> Int {
        counter.wrappingAdd(1, ordering: .relaxed).newValue
    }
}

import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs independent pieces of work on every core and gives their results in the order of the
/// work, so that what a command prints does not depend on how the work was scheduled.
package enum Workers {
    /// The environment variable that sets how many workers run at most (`CLOUDCFG_JOBS=1` runs
    /// everything on the calling thread, as a reference for the parallel output).
    package static let environmentVariable = "CLOUDCFG_JOBS"

    /// How many workers run: `CLOUDCFG_JOBS` when it is a positive number, else one per online
    /// processor.
    package static var count: Int {
        if let value = getenv(environmentVariable), let jobs = Int(String(cString: value)), jobs > 0 {
            return jobs
        }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Transforms every item, several at a time, each worker taking the next item not yet
    /// taken; the results are in the order of the items.
    ///
    /// - Parameters:
    ///   - items: The work.
    ///   - workers: How many workers run at most; one runs the items in order on this thread.
    ///   - transform: The work on one item; called once per item, from any thread.
    /// - Returns: The results, one per item, in order.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], workers: Int = Workers.count, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = min(workers, items.count)
        guard workers > 1 else { return items.map(transform) }
        let slots = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.take() {
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.values
    }
}

/// One slot per item, each written by exactly one worker and read after all have finished, and
/// the index of the next item to take.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>
    private let next = Atomic<Int>(0)

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The index of an item no worker has taken yet, or `nil` when all are taken.
    func take() -> Int? {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < slots.count ? index : nil
    }

    /// Stores the value of one item; each index is written by one worker only.
    func store(_ value: Value, at index: Int) { slots[index] = value }

    /// The values, once every slot is written.
    var values: [Value] { slots.compactMap { $0 } }
}

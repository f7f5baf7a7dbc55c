// Shows why tsan.supp names the types that hold a Synchronization.Mutex: ThreadSanitizer does
// not see the Mutex's lock and unlock on Linux, so it reports a race on state that only
// `withLock` touches, while the count printed at the end is exact (3999).
//
//   swiftc -sanitize=thread -g mutex-false-positive.swift -o /tmp/mutex && /tmp/mutex
import Dispatch
import Synchronization

final class Counter: Sendable {
    private let count = Mutex(0)
    func add(_ n: Int) { count.withLock { value in for _ in 0..<n { value += 1 } } }
    var total: Int { count.withLock { $0 } }
}

let counter = Counter()
DispatchQueue.concurrentPerform(iterations: 2000) { i in
    var spin = 0
    for j in 0..<20000 { spin &+= j * i }
    if spin == 42 { print(spin) }
    counter.add(1 + i % 3)
}
print(counter.total)

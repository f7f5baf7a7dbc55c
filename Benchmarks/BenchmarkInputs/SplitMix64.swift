/// A small deterministic random number generator (SplitMix64), so that every run of the
/// benchmark generates the same inputs from the same seed.
package struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator that starts from `seed`.
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly chosen element.
    package mutating func pick<T>(_ choices: [T]) -> T {
        choices[Int.random(in: 0..<choices.count, using: &self)]
    }

    /// Whether an event of the given probability happens.
    package mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// Distinct elements, in the order of `choices`.
    package mutating func some<T>(_ choices: [T], count: Int) -> [T] {
        var indices = Array(choices.indices)
        indices.shuffle(using: &self)
        return indices.prefix(min(count, choices.count)).sorted().map { choices[$0] }
    }
}

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The C library's `pow`, which Python's `**` on floats calls.
func pow(_ base: Double, _ exponent: Double) -> Double {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        return cPow(base, exponent)
    #else
        return .nan
    #endif
}

#if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    private func cPow(_ base: Double, _ exponent: Double) -> Double {
        #if canImport(Glibc)
            return Glibc.pow(base, exponent)
        #elseif canImport(Musl)
            return Musl.pow(base, exponent)
        #else
            return Darwin.pow(base, exponent)
        #endif
    }
#endif

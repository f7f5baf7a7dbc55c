/// The middle value (the upper one of the two middle values for an even count).
func median(_ values: [Double]) -> Double {
    values.isEmpty ? .nan : values.sorted()[values.count / 2]
}

/// The middle value of whole numbers.
func median(_ values: [Int]) -> Int {
    values.isEmpty ? 0 : values.sorted()[values.count / 2]
}

/// A number with a fixed count of decimals.
func format(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let whole = scaled / Int(scale)
    var fraction = String(scaled % Int(scale))
    while fraction.count < decimals { fraction = "0" + fraction }
    return (value < 0 ? "-" : "") + (decimals == 0 ? "\(whole)" : "\(whole).\(fraction)")
}

/// A duration in the unit that suits it.
func formatSeconds(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "-" }
    if seconds < 0.001 { return format(seconds * 1_000_000, decimals: 0) + " µs" }
    if seconds < 1 { return format(seconds * 1000, decimals: 1) + " ms" }
    return format(seconds, decimals: 3) + " s"
}

/// A size in KiB as MiB.
func formatKiB(_ kib: Int) -> String { format(Double(kib) / 1024, decimals: 1) + " MiB" }

/// Text padded with spaces to a width (counting characters).
func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

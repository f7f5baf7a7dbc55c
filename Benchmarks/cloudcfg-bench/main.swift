// cloudcfg-bench: the project's benchmarks. `scripts/bench` builds everything in release and runs
// `cloudcfg-bench all`; the subcommands:
//
//     cloudcfg-bench all|corpus|cli|large|generation [--rounds N] [--work DIR] [--python PATH]
//         [--cloud-init-script PATH] [--libyaml-events PATH] [--measure PATH] [--cloudcfg PATH]
//         [--cloud-init PATH]
//         [--profile PATH] [--inventory SAMPLE.csv] [--distro ID]
//                               issue 10's comparisons against baselines of the same run
//     cloudcfg-bench parse [MEGABYTES [ROUNDS]]
//                               YAMLStream.parse throughput against libyaml's event parse
//     cloudcfg-bench [MEGABYTES [ROUNDS]]
//                               the same (the form the README has always given)
//     cloudcfg-bench lint-corpus PATH...   (a child of `corpus`: times one lint pass in process)
//     cloudcfg-bench lint-file FILE        (a child of `large`)

#if canImport(Glibc)
    import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
let phases = ["corpus", "cli", "large", "generation"]

func runSuite(_ phase: String, _ options: [String]) throws(BenchError) {
    var suite = ComparisonSuite()
    var index = 0
    func value() throws(BenchError) -> String {
        index += 1
        guard index < options.count else { throw BenchError("\(options[index - 1]) needs a value") }
        return options[index]
    }
    while index < options.count {
        switch options[index] {
        case "--rounds": suite.rounds = Int(try value())
        case "--work": suite.work = try value()
        case "--python": suite.python = try value()
        case "--cloud-init-script": suite.cloudInitScript = try value()
        case "--libyaml-events": suite.libyamlEvents = try value()
        case "--measure": suite.measure = try value()
        case "--cloudcfg": suite.cloudcfg = try value()
        case "--cloud-init": suite.cloudInit = try value()
        case "--profile": suite.fleetProfile = try value()
        case "--inventory": suite.fleetSample = try value()
        case "--distro": suite.fleetDistro = try value()
        default: throw BenchError("unknown option \(options[index])")
        }
        index += 1
    }
    try suite.run(phase == "all" ? phases : [phase])
}

do {
    switch arguments.first {
    case "all", "corpus", "cli", "large", "generation":
        try runSuite(arguments[0], Array(arguments.dropFirst()))
    case "lint-corpus":
        try InProcessLint.corpus(Array(arguments.dropFirst()))
    case "lint-file":
        guard arguments.count == 2 else { throw BenchError("usage: cloudcfg-bench lint-file FILE") }
        try InProcessLint.file(arguments[1])
    default:
        let numbers = arguments.drop { $0 == "parse" }.map { Int($0) }
        guard numbers.count <= 2, let megabytes = numbers.first ?? 32, let rounds = numbers.dropFirst().first ?? 7
        else {
            throw BenchError(
                "usage: cloudcfg-bench all|corpus|cli|large|generation [options] | parse [MEGABYTES [ROUNDS]]")
        }
        ParseBenchmark.run(megabytes: max(1, megabytes), rounds: max(1, rounds))
    }
} catch {
    print("cloudcfg-bench: \(error)")
    exit(1)
}

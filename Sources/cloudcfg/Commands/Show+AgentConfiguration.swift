import CloudConfig

extension Show {
    /// Prints the value of every key the agent knows, as the agent will use it after reading the
    /// file: JSON with sorted keys, or the same mapping as YAML.
    func showAgentConfiguration(_ source: SourceFile) throws {
        let version = agentVersion.flatMap(AgentVersion.init) ?? .newest
        let configuration = AgentConfiguration(source)
        guard let effective = configuration.effectiveConfiguration(for: version) else {
            // The agent refuses the file (or cloudcfg does not read one that large): no value is
            // what the agent will use, because the agent does not start.
            let finding = configuration.findings(for: version).first
            let location = finding.map { "\($0.range.start.line):\($0.range.start.column): " } ?? ""
            Console.error("\(source.path):\(location)error: \(finding?.message ?? "the agent cannot read the file")\n")
            throw ExitStatus.unparsable
        }
        switch format {
        case .text:
            // The decoded content of a waagent.conf is the file itself.
            Console.out(source.text)
        case .json:
            Console.out(effective.json.serialized(pretty: true, sortKeys: true) + "\n")
        case .yaml:
            let entries = effective.values.sorted { $0.key < $1.key }.map { value in
                YAMLValue.Entry(key: .scalar(.string(value.key)), value: .scalar(Self.scalar(value.value)))
            }
            do {
                Console.out(try YAMLEmitter.emit(.mapping(entries)))
            } catch {
                Console.error("\(source.path): error: \(error)\n")
                throw ExitStatus.unparsable
            }
        }
    }

    /// A value the agent uses, as a YAML scalar.
    static func scalar(_ value: AgentValue) -> YAMLScalar {
        switch value {
        case .bool(let flag): .bool(flag)
        case .integer(let integer): .int(integer)
        case .string(let text): .string(text)
        case .null: .null
        }
    }
}

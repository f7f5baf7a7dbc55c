import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// For every property of the installed cloud-init's schema (Debian 12's 22.4.2), the catalog
/// targeted at that release accepts the same types and knows the same allowed values and
/// patterns: the facts behind the findings, not only the paths (`CatalogCoverageTests`).
///
/// The schema is read from the cloud-init package at test time. A property can be reached by
/// several nodes (the branches of a `oneOf`, a `$ref` merged with its siblings); the facts of a
/// path are those of all its nodes together, on both sides. The catalog's nodes are taken as the
/// target release states them (``Catalog/root(for:)``): older forms applied, and keys and
/// alternatives added after 22.4.2, or dropped by it, left out.
@Suite(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
struct CatalogFactsTests {
    /// What one side says about a path.
    struct Facts: Equatable, CustomStringConvertible {
        /// The JSON types a value may have; `nil` for any (`number` includes `integer`).
        var types: Set<String>?
        /// The allowed values mentioned at the path (in `enum`s), as compact JSON.
        var values: Set<String>
        /// The patterns strings must match.
        var patterns: Set<String>

        var description: String {
            "types \(types.map { $0.sorted().description } ?? "any"), values \(values.sorted()), "
                + "patterns \(patterns.sorted())"
        }
    }

    /// The paths where the catalog, as it states release 22.4.2 (``Catalog/root(for:)``), says
    /// something else than cloud-init 22.4.2's schema, with the reason: a form cloud-init changed
    /// after 22.4.2 whose 22.4.2 shape the catalog does not carry as an older form, so that
    /// targeting 22.4.2, cloudcfg accepts the newer form. When the catalog learns the older
    /// shape, the path no longer differs and the test asks for its removal here.
    static let deliberateDifferences: [String: String] = [
        "chef.chef_license":
            "values: the allowed values (accept, accept-silent, accept-no-persist) came after 22.4.2, which took "
            + "any string; the catalog checks the values for every release"
    ]

    /// Walks cloud-init's schema (`$ref`s inlined with their siblings) and prints, for every
    /// property path (`*` for list items, names generated from `patternProperties`), the types a
    /// value may have, the `enum` values and the patterns found at its nodes.
    static let script = #"""
        import itertools, json, re, sys
        try:
            import re._parser as sre_parse
        except ImportError:
            import sre_parse
        from cloudinit.config.schema import get_schema

        schema = get_schema()
        defs = schema.get('$defs', {})
        ALL = None

        def inline(node):
            while isinstance(node, dict) and '$ref' in node:
                merged = dict(defs[node['$ref'].split('/')[-1]])
                merged.update({k: v for k, v in node.items() if k != '$ref'})
                node = merged
            return node

        def intersect(a, b):
            if a is ALL: return b
            if b is ALL: return a
            return a & b

        def normal(types):
            if types is not ALL and 'number' in types: types = types | {'integer'}
            return types

        def json_type(value):
            if value is None: return 'null'
            if isinstance(value, bool): return 'boolean'
            if isinstance(value, int): return 'integer'
            if isinstance(value, float): return 'number'
            if isinstance(value, str): return 'string'
            if isinstance(value, list): return 'array'
            return 'object'

        def types_of(node):
            node = inline(node)
            own = ALL
            if 'type' in node:
                t = node['type']
                own = normal(set(t if isinstance(t, list) else [t]))
            if 'enum' in node:
                own = intersect(own, {json_type(v) for v in node['enum']})
            alternatives = node.get('oneOf', []) + node.get('anyOf', [])
            if alternatives:
                union = set()
                for branch in alternatives:
                    branch_types = types_of(branch)
                    if branch_types is ALL:
                        union = ALL
                        break
                    union |= branch_types
                own = intersect(own, union)
            for part in node.get('allOf', []):
                own = intersect(own, types_of(part))
            return own

        def mentions(node, key):
            node = inline(node)
            found = []
            if key == 'enum' and 'enum' in node:
                found += [json.dumps(v, separators=(',', ':'), sort_keys=True) for v in node['enum']]
            if key == 'pattern' and 'pattern' in node:
                found.append(node['pattern'])
            for keyword in ('oneOf', 'anyOf', 'allOf'):
                for branch in node.get(keyword, []):
                    found += mentions(branch, key)
            return found

        def generate(parsed, limit=40):
            results = ['']
            for op, arg in parsed:
                name = str(op)
                if name == 'LITERAL':
                    options = [chr(arg)]
                elif name == 'NOT_LITERAL':
                    options = ['x' if arg != ord('x') else 'y']
                elif name == 'ANY':
                    options = ['x']
                elif name == 'IN':
                    options = []
                    for item_op, item_arg in arg:
                        if str(item_op) == 'LITERAL':
                            options.append(chr(item_arg))
                        elif str(item_op) == 'RANGE':
                            options.append(chr(item_arg[0]))
                        elif str(item_op) == 'CATEGORY':
                            options.append('a' if 'WORD' in str(item_arg) else '0')
                    options = options[:1] or ['x']
                elif name == 'SUBPATTERN':
                    options = generate(arg[-1], limit)
                elif name == 'BRANCH':
                    options = [s for branch in arg[1] for s in generate(branch, limit)]
                elif name in ('MAX_REPEAT', 'MIN_REPEAT'):
                    low, high, inner = arg
                    options = [s * max(1, low) for s in generate(inner, limit)]
                else:
                    options = ['']
                results = [a + b for a, b in itertools.product(results, options)][:limit]
            return results

        def samples(pattern):
            names = [s for s in generate(sre_parse.parse(pattern)) if re.search(pattern, s)]
            return names or ['example']

        def applying(node, name):
            # A key's value must match its property and every pattern property its name matches.
            parts = [child for pattern, child in node.get('patternProperties', {}).items() if re.search(pattern, name)]
            if name in node.get('properties', {}):
                parts.insert(0, node['properties'][name])
            return parts[0] if len(parts) == 1 else {'allOf': parts}

        facts = {}
        def record(path, node):
            entry = facts.setdefault(path, {'types': set(), 'any': False, 'values': set(), 'patterns': set()})
            types = types_of(node)
            if types is ALL:
                entry['any'] = True
            else:
                entry['types'] |= types
            entry['values'] |= set(mentions(node, 'enum'))
            entry['patterns'] |= set(mentions(node, 'pattern'))

        def walk(node, path, depth=0):
            node = inline(node)
            if not isinstance(node, dict) or depth > 40:
                return
            for name, child in node.get('properties', {}).items():
                record('.'.join(path + [name]), applying(node, name))
                walk(child, path + [name], depth + 1)
            for pattern, child in node.get('patternProperties', {}).items():
                for name in samples(pattern):
                    record('.'.join(path + [name]), applying(node, name))
                    walk(child, path + [name], depth + 1)
            items = node.get('items')
            if isinstance(items, dict):
                walk(items, path + ['*'], depth + 1)
            elif isinstance(items, list):
                for index, item in enumerate(items):
                    walk(item, path + [str(index)], depth + 1)
            extra = node.get('additionalProperties')
            if isinstance(extra, dict):
                record('.'.join(path + ['example']), extra)
                walk(extra, path + ['example'], depth + 1)
            for keyword in ('oneOf', 'anyOf', 'allOf'):
                for child in node.get(keyword, []):
                    walk(child, path, depth + 1)

        walk(schema, [])
        json.dump({
            path: {
                'types': None if entry['any'] else sorted(entry['types']),
                'values': sorted(entry['values']),
                'patterns': sorted(entry['patterns']),
            }
            for path, entry in facts.items()
        }, sys.stdout)
        """#

    /// The installed schema's facts by path.
    static func installedFacts() throws -> [String: Facts] {
        let output = try Oracle.run(Oracle.python, ["-c", script])
        guard output.status == 0 else {
            throw OracleError(message: "python exited \(output.status): \(output.stderrText)")
        }
        struct Row: Decodable {
            var types: [String]?
            var values: [String]
            var patterns: [String]
        }
        let rows = try JSONDecoder().decode([String: Row].self, from: output.stdout)
        return rows.mapValues {
            Facts(types: $0.types.map(Set.init), values: Set($0.values), patterns: Set($0.patterns))
        }
    }

    // MARK: - The catalog's side

    /// The release the facts are compared at.
    static let target = CloudInitVersion.debian12

    /// The alternatives of a node (the release's view has only those the release has).
    static func alternatives(_ schema: Schema) -> [Schema] {
        schema.oneOf + schema.anyOf
    }

    /// Every node a path component reaches from a node, through all its alternatives. A key's
    /// value must match its property and every pattern property its name matches, so those form
    /// one node (an `allOf`); alternatives are separate nodes.
    static func children(of schema: Schema, _ component: String) -> [Schema] {
        var found: [Schema] = []
        if component == "*", let items = schema.items { found.append(items) }
        if let index = Int(component), let tuple = schema.tupleItems, index < tuple.count { found.append(tuple[index]) }
        var applying = schema.property(component).map { [$0] } ?? []
        for (pattern, child) in schema.patternProperties
        where FormatChecker.shared.search(pattern, in: component) {
            applying.append(child)
        }
        if applying.count == 1 {
            found += applying
        } else if applying.count > 1 {
            var combined = Schema()
            combined.allOf = applying
            found.append(combined)
        }
        if found.isEmpty, case .schema(let additional) = schema.additionalProperties { found.append(additional) }
        for branch in alternatives(schema) + schema.allOf {
            found += children(of: branch, component)
        }
        return found
    }

    /// Every node of the catalog, as the target release states it, at a path.
    static func nodes(at path: String) -> [Schema] {
        var current = [Catalog.cloudConfig.root(for: target)]
        for component in path.split(separator: ".", omittingEmptySubsequences: false).map(String.init) {
            current = current.flatMap { children(of: $0, component) }
        }
        return current
    }

    /// The JSON types a value may have at a node; `nil` for any.
    static func types(_ schema: Schema) -> Set<String>? {
        func intersect(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
            guard let a else { return b }
            guard let b else { return a }
            return a.intersection(b)
        }
        var own = schema.types.map { Set($0.map(\.rawValue)) }
        if own?.contains("number") == true { own?.insert("integer") }
        if let values = schema.allowedValues { own = intersect(own, Set(values.map(\.jsonType.rawValue))) }
        let branches = alternatives(schema)
        if !branches.isEmpty {
            var union: Set<String>? = []
            for branch in branches {
                guard let branchTypes = types(branch) else {
                    union = nil
                    break
                }
                union?.formUnion(branchTypes)
            }
            own = intersect(own, union)
        }
        for part in schema.allOf { own = intersect(own, types(part)) }
        return own
    }

    /// The allowed values mentioned at a node and its alternatives, as compact JSON.
    static func values(_ schema: Schema) -> Set<String> {
        var found = Set((schema.allowedValues ?? []).map { $0.json.serialized(pretty: false, sortKeys: true) })
        for branch in alternatives(schema) + schema.allOf { found.formUnion(values(branch)) }
        return found
    }

    /// The patterns at a node and its alternatives.
    static func patterns(_ schema: Schema) -> Set<String> {
        var found = Set(schema.pattern.map { [$0] } ?? [])
        for branch in alternatives(schema) + schema.allOf { found.formUnion(patterns(branch)) }
        return found
    }

    /// The catalog's facts at a path, or `nil` when no node the target release has is there.
    static func catalogFacts(at path: String) -> Facts? {
        let found = nodes(at: path)
        guard !found.isEmpty else { return nil }
        var facts = Facts(types: [], values: [], patterns: [])
        for node in found {
            if let nodeTypes = types(node), facts.types != nil {
                facts.types?.formUnion(nodeTypes)
            } else {
                facts.types = nil
            }
            facts.values.formUnion(values(node))
            facts.patterns.formUnion(patterns(node))
        }
        return facts
    }

    // MARK: - The comparison

    @Test func typesValuesAndPatternsMatchTheInstalledSchema() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let installed = try Self.installedFacts()
        #expect(
            installed.count > 400, "the installed schema should have hundreds of properties, found \(installed.count)")
        // Not only types: enough paths carry allowed values or patterns for the comparison to mean something.
        let detailed = installed.values.filter { !$0.values.isEmpty || !$0.patterns.isEmpty }.count
        #expect(detailed > 20, "only \(detailed) paths of the installed schema have allowed values or patterns")
        var differences: [String] = []
        for path in installed.keys.sorted() {
            guard let theirs = installed[path] else { continue }
            guard let ours = Self.catalogFacts(at: path) else {
                differences.append("\(path): missing from the catalog for \(Self.target)")
                continue
            }
            var differing: [String] = []
            if ours.types != theirs.types { differing.append("types") }
            if ours.values != theirs.values { differing.append("values") }
            if ours.patterns != theirs.patterns { differing.append("patterns") }
            guard !differing.isEmpty, Self.deliberateDifferences[path] == nil else { continue }
            differences.append("\(path) (\(differing.joined(separator: ", "))): catalog \(ours); cloud-init \(theirs)")
        }
        #expect(differences.isEmpty, "\(differences.count) differences:\n\(differences.joined(separator: "\n"))")
        // Every listed difference is still one, so that the list does not outlive its reasons.
        for path in Self.deliberateDifferences.keys.sorted() {
            guard let theirs = installed[path] else {
                Issue.record("\(path) is listed as a deliberate difference but is not in the installed schema")
                continue
            }
            #expect(Self.catalogFacts(at: path) != theirs, "\(path) no longer differs; remove it from the list")
        }
    }
}

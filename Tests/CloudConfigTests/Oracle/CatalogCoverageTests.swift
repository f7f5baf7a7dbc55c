import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// Every property path in the installed cloud-init's schema is known to the catalog.
///
/// The schema is read from the cloud-init package (`cloudinit.config.schema.get_schema()`), never
/// from a copy; property names given by patterns are checked through names generated from the
/// patterns.
@Suite(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
struct CatalogCoverageTests {
    /// Walks cloud-init's schema, `$ref`s inlined with their siblings, and prints every property
    /// path (`*` for list items), with names generated from `patternProperties`.
    static let script = #"""
        import itertools, json, re, sys
        try:
            import re._parser as sre_parse
        except ImportError:
            import sre_parse
        from cloudinit.config.schema import get_schema

        schema = get_schema()
        defs = schema.get('$defs', {})

        def inline(node):
            while isinstance(node, dict) and '$ref' in node:
                merged = dict(defs[node['$ref'].split('/')[-1]])
                merged.update({k: v for k, v in node.items() if k != '$ref'})
                node = merged
            return node

        def generate(parsed, limit=40):
            # Strings matching a parsed regular expression: every alternative, one character per class.
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
                elif name == 'AT':
                    options = ['']
                else:
                    options = ['']
                results = [a + b for a, b in itertools.product(results, options)][:limit]
            return results

        def samples(pattern):
            names = [s for s in generate(sre_parse.parse(pattern)) if re.search(pattern, s)]
            return names or ['example']

        paths = set()
        def walk(node, path, depth=0):
            node = inline(node)
            if not isinstance(node, dict) or depth > 40:
                return
            for name, child in node.get('properties', {}).items():
                paths.add('.'.join(path + [name]))
                walk(child, path + [name], depth + 1)
            for pattern, child in node.get('patternProperties', {}).items():
                for name in samples(pattern):
                    paths.add('.'.join(path + [name]))
                    walk(child, path + [name], depth + 1)
            items = node.get('items')
            if isinstance(items, dict):
                walk(items, path + ['*'], depth + 1)
            elif isinstance(items, list):
                for index, item in enumerate(items):
                    walk(item, path + [str(index)], depth + 1)
            extra = node.get('additionalProperties')
            if isinstance(extra, dict):
                walk(extra, path + ['example'], depth + 1)
            for keyword in ('oneOf', 'anyOf', 'allOf'):
                for child in node.get(keyword, []):
                    walk(child, path, depth + 1)

        walk(schema, [])
        json.dump(sorted(paths), sys.stdout)
        """#

    @Test func everyPropertyPathOfTheInstalledSchemaIsKnown() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let output = try Oracle.run(Oracle.python, ["-c", Self.script])
        #expect(output.status == 0, "\(output.stderrText)")
        let paths = try JSONDecoder().decode([String].self, from: output.stdout)
        #expect(paths.count > 400, "the installed schema should have hundreds of property paths, found \(paths.count)")
        let unknown = paths.filter { Catalog.cloudConfig.schema(at: $0) == nil }
        #expect(unknown.isEmpty, "paths of the installed cloud-init schema missing from the catalog: \(unknown)")
    }
}

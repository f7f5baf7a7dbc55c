/// The limits that keep hostile input from exhausting time or memory, enforced as events
/// arrive: nesting depth (aliases included) and the total number of nodes aliases and merge keys
/// bring in. Reaching one records its error and stops composing by throwing ``Stop``.
extension YAMLComposer {
    /// A subtree's node count and nesting depth with its aliases expanded.
    struct Measure {
        var size: Int
        var depth: Int
    }

    /// Thrown to stop at a limit; the error is recorded first.
    struct Stop: Error {}

    /// Checks that one more collection may open at a location.
    mutating func checkDepth(at start: SourceLocation) throws {
        guard open.count >= limits.depthLimit else { return }
        errors.append(.collectionsTooDeep(limit: limits.depthLimit, at: SourceRange(at: start)))
        throw Stop()
    }

    /// Counts the nodes an alias brings in against the budget, and the depth it reaches against
    /// the depth limit.
    mutating func chargeAlias(to target: Int, at range: SourceRange) throws {
        let expanded = measure(target)
        aliasExpansion += expanded.size
        if aliasExpansion > aliasBudget {
            errors.append(.aliasesExpand(budget: aliasBudget, at: range))
            throw Stop()
        }
        if open.count + expanded.depth > limits.depthLimit {
            errors.append(.aliasesTooDeep(limit: limits.depthLimit, at: range))
            throw Stop()
        }
    }

    /// Counts the entries merge keys bring into a mapping against the alias budget.
    mutating func chargeMerge(_ count: Int, at range: SourceRange) throws {
        aliasExpansion += count
        guard aliasExpansion > aliasBudget else { return }
        errors.append(.mergesExpand(budget: aliasBudget, at: range))
        throw Stop()
    }

    /// The size and depth of a complete node's subtree with aliases expanded, computed when an
    /// alias first refers to it (with an explicit stack, and remembered).
    private mutating func measure(_ root: Int) -> Measure {
        if let known = measured[root] { return known }
        var stack = [root]
        while let id = stack.last {
            if measured[id] != nil {
                stack.removeLast()
                continue
            }
            switch nodes[id].kind {
            case .scalar:
                measured[id] = Measure(size: 1, depth: 0)
                stack.removeLast()
            case .alias:
                guard nodes[id].childCount == 1 else {
                    measured[id] = Measure(size: 1, depth: 0)
                    stack.removeLast()
                    continue
                }
                let target = Int(nodes[id].childStart)
                if let known = measured[target] {
                    measured[id] = known
                    stack.removeLast()
                } else {
                    stack.append(target)
                }
            case .sequence, .mapping:
                let first = Int(nodes[id].childStart)
                let range = first..<(first + Int(nodes[id].childCount))
                let missing = children[range].filter { measured[$0.index] == nil }
                if !missing.isEmpty {
                    stack.append(contentsOf: missing.map(\.index))
                    continue
                }
                var total = Measure(size: 1, depth: 0)
                for child in children[range] {
                    let known = measured[child.index] ?? Measure(size: 1, depth: 0)
                    total.size = total.size &+ known.size
                    total.depth = max(total.depth, known.depth)
                }
                total.depth += 1
                measured[id] = total
                stack.removeLast()
            }
        }
        return measured[root] ?? Measure(size: 1, depth: 0)
    }
}

extension YAMLError {
    fileprivate static func collectionsTooDeep(limit: Int, at range: SourceRange) -> Self {
        YAMLError(
            .nestingTooDeep,
            "collections nest deeper than \(limit) levels; cloud-init's YAML loader stops at "
                + "\(YAMLLimits.cloudInitLoaderDepth + 1) at boot",
            at: range)
    }

    fileprivate static func aliasesTooDeep(limit: Int, at range: SourceRange) -> Self {
        YAMLError(.nestingTooDeep, "aliases nest collections deeper than \(limit) levels", at: range)
    }

    fileprivate static func aliasesExpand(budget: Int, at range: SourceRange) -> Self {
        YAMLError(
            .aliasExpansionLimit,
            "aliases expand to more than \(budget) nodes; refusing the input as an alias bomb", at: range)
    }

    fileprivate static func mergesExpand(budget: Int, at range: SourceRange) -> Self {
        YAMLError(
            .aliasExpansionLimit,
            "merge keys expand to more than \(budget) entries; refusing the input as an alias bomb", at: range)
    }
}

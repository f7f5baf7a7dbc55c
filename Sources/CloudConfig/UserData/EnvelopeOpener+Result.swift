/// The opener's result: the parts as cloud-init's handlers walk them, and the tree.
extension EnvelopeOpener {
    /// The parts in the order `handlers.walk` gives them to handlers: every attached part and,
    /// for a `message/*` part, the parts inside it (which cloud-init also attached on their own,
    /// so they come twice, as in cloud-init).
    mutating func handlerParts() -> (parts: [UserDataPart], nodeOfPart: [Int]) {
        var parts: [UserDataPart] = []
        var nodeOfPart: [Int] = []
        var number = 0
        for top in attached {
            for index in walk(top) where !nodes[index].isMultipart(ignoringCase: false) {
                let node = nodes[index]
                let filename =
                    assignedFilenames[index]
                    ?? node.headers.filename.flatMap { $0.isEmpty ? nil : $0 } ?? "part-" + Self.threeDigits(number)
                let type = node.contentType
                let body = decodedBody(index)
                let headerText = node.headerText
                let headers = node.headers.map { header in
                    MIMEHeaderField(
                        name: header.name, value: header.value,
                        valueRange: headerText.flatMap { text in header.valueRange.map { location(text, $0) } })
                }
                let positions: PositionMap
                if let body {
                    positions = body.map
                } else {
                    var builder = PositionMap.Builder()
                    builder.appendDecoded(count: 0, source: node.anchor.range)
                    positions = builder.build(text: texts[node.anchor.text])
                }
                parts.append(
                    UserDataPart(
                        filename: filename, contentType: type, declaredType: node.declaredType,
                        kind: UserDataContentType.kind(of: type), handler: UserDataContentType.handlers[type],
                        headers: headers, payload: body?.bytes ?? [], isContainer: body == nil, positions: positions,
                        path: node.path))
                nodeOfPart.append(index)
                number += 1
            }
        }
        return (parts, nodeOfPart)
    }

    /// The tree of layers, containers and parts.
    func tree(partOfNode: [Int: Int]) -> EnvelopeNode {
        var content: [EnvelopeNode] = []
        if let base = baseNode { content = [subtree(base, partOfNode: partOfNode)] }
        for layer in layers.reversed() {
            content = [EnvelopeNode(kind: layer.kind, path: layer.path, children: content)]
        }
        return EnvelopeNode(kind: .file, path: .file, children: content)
    }

    private func subtree(_ index: Int, partOfNode: [Int: Int]) -> EnvelopeNode {
        // The node's fields are read in place: copying the node would retain its headers and body.
        let path = nodes[index].path
        var children: [EnvelopeNode] = []
        if case .children(let parts) = nodes[index].body {
            children = parts.map { subtree($0, partOfNode: partOfNode) }
        }
        let type = nodes[index].parsedType ?? nodes[index].contentType
        if type.hasPrefix("multipart/") {
            return EnvelopeNode(kind: .multipart(type), path: path, children: children)
        }
        switch outcomes[index] {
        case .attached?:
            return EnvelopeNode(
                kind: partOfNode[index].map { .part($0) } ?? .ignored, path: path, children: children)
        case .include?:
            return EnvelopeNode(kind: .include, path: path)
        case .archive(let items)?:
            return EnvelopeNode(
                kind: .archive, path: path, children: items.map { subtree($0, partOfNode: partOfNode) })
        case .decompressed(let into)?:
            return EnvelopeNode(kind: .gzip, path: path, children: [subtree(into, partOfNode: partOfNode)])
        case .ignored?, nil:
            return EnvelopeNode(kind: .ignored, path: path, children: children)
        }
    }
}

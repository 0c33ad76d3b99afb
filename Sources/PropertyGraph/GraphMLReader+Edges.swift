import KnowledgeGraph

/// `<edge>` elements, and edges that named nodes not read yet.
extension GraphMLReader {
  mutating func readEdge(_ element: XMLName) throws(LoadError) {
    for name in ["sourceport", "targetport"] where attribute(name) != nil {
      throw unsupported(element, "ports (attribute \"\(name)\" of <\(qualified(element))>)")
    }
    guard let source = attribute("source"), let target = attribute("target") else {
      let missing = attribute("source") == nil ? "source" : "target"
      throw error(at: element.offset, "<\(qualified(element))> is missing attribute \"\(missing)\"")
    }
    let directed = try optional("directed")
    let isUndirected = directed.map { $0 == "false" } ?? isUndirectedByDefault
    let draft = try readEdgeContent(element)
    if let from = try endpoint(source), let to = try endpoint(target) {
      try add(from: from, to: to, draft: draft, isUndirected: isUndirected, at: element.offset)
    } else {
      deferredEdges.append(
        DeferredEdge(
          source: try idBytes(source), target: try idBytes(target),
          sourceOffset: source.value.lowerBound,
          targetOffset: target.value.lowerBound, draft: draft, isUndirected: isUndirected))
    }
  }

  private mutating func readEdgeContent(_ element: XMLName) throws(LoadError) -> ItemDraft {
    var draft = ItemDraft()
    var seen: [Int] = []
    while case .start(let child) = try nextElementEvent() {
      if child.hasPrefix {
        try skipElement()
      } else if isNamed(child, "data") {
        let (number, text) = try readData(child, in: .edge)
        if !schema.edgeDefaults.isEmpty { seen.append(number) }
        if let text { try apply(text, key: number, role: schema.edgeRoles[number], to: &draft, at: child.offset) }
      } else if isNamed(child, "graph") {
        throw unsupported(child, "nested graphs (<\(qualified(child))> inside an edge)")
      } else {
        try skipElement()
      }
    }
    for number in schema.edgeDefaults where !seen.contains(number) {
      try apply(schema.keys[number].defaultValue!, key: number, role: schema.edgeRoles[number], to: &draft, at: element.offset)
    }
    return draft
  }

  /// The entity an end names, if it was read already.
  private mutating func endpoint(_ attribute: XMLAttribute) throws(LoadError) -> EntityIndex? {
    guard attribute.needsDecoding else {
      return assembly.entityIndex(forID: scanner.input.slice(attribute.value))
    }
    return try decoded(attribute).withUnsafeBufferPointer { assembly.entityIndex(forID: $0) }
  }

  private mutating func idBytes(_ attribute: XMLAttribute) throws(LoadError) -> [UInt8] {
    attribute.needsDecoding ? try decoded(attribute) : Array(scanner.input.slice(attribute.value))
  }

  private mutating func add(
    from: EntityIndex, to: EntityIndex, draft: ItemDraft, isUndirected: Bool, at offset: Int
  ) throws(LoadError) {
    guard assembly.addRelation(from: from, to: to, draft: draft, isUndirected: isUndirected) else {
      throw error(at: offset, "more than 65,535 relation types; kg holds at most 65,535")
    }
  }

  /// Adds the edges that were read before their nodes, now that all nodes are known.
  mutating func resolveDeferredEdges() throws(LoadError) {
    for edge in deferredEdges {
      let from = try resolve(edge.source, role: "source", at: edge.sourceOffset)
      let to = try resolve(edge.target, role: "target", at: edge.targetOffset)
      try add(from: from, to: to, draft: edge.draft, isUndirected: edge.isUndirected, at: edge.sourceOffset)
    }
  }

  private mutating func resolve(_ id: [UInt8], role: String, at offset: Int) throws(LoadError)
    -> EntityIndex
  {
    guard let index = id.withUnsafeBufferPointer({ assembly.entityIndex(forID: $0) }) else {
      throw error(at: offset, "edge \(role) \(QuotedText.quoted(String(decoding: id, as: UTF8.self))) names no node")
    }
    return index
  }
}

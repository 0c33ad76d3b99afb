import KnowledgeGraph
import FileInput

/// `<edge>` elements, and edges that named nodes not read yet.
extension GraphMLReader {
  mutating func readEdge(_ element: XMLName) throws(LoadError) {
    for name: StaticString in ["sourceport", "targetport"] where attribute(name) != nil {
      throw unsupported(element, "ports (attribute \"\(name)\" of <\(qualified(element))>)")
    }
    guard let source = attribute("source"), let target = attribute("target") else {
      let missing = attribute("source") == nil ? "source" : "target"
      throw error(at: element.offset, "<\(qualified(element))> is missing attribute \"\(missing)\"")
    }
    let directed = try optional("directed")
    let isUndirected = directed.map { $0 == "false" } ?? isUndirectedByDefault
    let from = try batchKey(source)
    let to = try batchKey(target)
    let draft = try readEdgeContent(element)
    guard let type = relationType(of: draft, isUndirected: isUndirected) else {
      throw error(at: element.offset, "more than 65,535 relation types; kg holds at most 65,535")
    }
    edges.append(
      from: from, at: source.value.lowerBound, to: to, at: target.value.lowerBound, type: type,
      detail: draft, knownEntities: assembly.entityCount)
    if edges.isFull { try batchIsFull() }
  }

  private mutating func relationType(of draft: ItemDraft, isUndirected: Bool)
    -> RelationTypeIndex?
  {
    guard let range = draft.relationTypeRange, draft.relationType == nil else {
      return assembly.relationType(
        forKey: draft.relationType, label: draft.relationLabel, isUndirected: isUndirected)
    }
    return assembly.relationType(
      forKey: scanner.input.slice(range), label: draft.relationLabel, isUndirected: isUndirected)
  }

  /// Copies an end's id into the batch.
  /// On the reader that reads ahead, a range of the input; ids that need
  /// decoding stop that reader, and the main reader reads them.
  private mutating func batchKey(_ attribute: XMLAttribute) throws(LoadError) -> StringRef {
    if readAheadBatches != nil {
      guard !attribute.needsDecoding else { throw LoadError("") }
      return edges.inputKey(attribute.value)
    }
    guard attribute.needsDecoding else {
      return edges.key(scanner.input.slice(attribute.value), space: nil)
    }
    return try decoded(attribute).withUnsafeBufferPointer { edges.key($0, space: nil) }
  }

  /// Adds the batched edges whose nodes came before them in the file; the
  /// others wait for the end of the file, so that which edges come first
  /// (and are kept among duplicates) never depends on batching.
  mutating func flushEdges() throws(LoadError) {
    let (from, to) = edges.lookUp(in: assembly)
    let known = edges.knownEntityCounts()
    for index in 0..<edges.count {
      if from[index] < known[index], to[index] < known[index] {
        assembly.addRelation(
          from: EntityIndex(from[index]), type: edges.types[index], to: EntityIndex(to[index]),
          detail: edges.detail(index))
      } else {
        deferredEdges.append(
          DeferredEdge(
            source: edges.bytes(of: edges.from[index]), target: edges.bytes(of: edges.to[index]),
            sourceOffset: edges.fromOffset(index), targetOffset: edges.toOffset(index),
            type: edges.types[index], detail: edges.detail(index)))
      }
    }
    edges.removeAll()
  }

  private mutating func readEdgeContent(_ element: XMLName) throws(LoadError) -> ItemDraft {
    var draft = ItemDraft()
    var seen: [Int] = []
    while case .start(let child) = try nextElementEvent() {
      if child.hasPrefix {
        try skipElement()
      } else if isNamed(child, "data") {
        let (number, content) = try readData(child, in: .edge)
        if !schema.edgeDefaults.isEmpty { seen.append(number) }
        let role = schema.edgeRoles[number]
        if role == .relationType, case .slice(let range) = content, !range.isEmpty {
          draft.relationTypeRange = range
        } else if let content {
          try apply(string(content), key: number, role: role, to: &draft, at: child.offset)
        }
      } else if isNamed(child, "graph") {
        throw unsupported(child, "nested graphs (<\(qualified(child))> inside an edge)")
      } else {
        try skipElement()
      }
    }
    for number in schema.edgeDefaults where !seen.contains(number) {
      try apply(
        schema.keys[number].defaultValue!, key: number, role: schema.edgeRoles[number], to: &draft,
        at: element.offset)
    }
    return draft
  }

  /// Adds the edges that were read before their nodes, now that all nodes are known.
  mutating func resolveDeferredEdges() throws(LoadError) {
    try flushEdges()
    for edge in deferredEdges {
      let from = try resolve(edge.source, role: "source", at: edge.sourceOffset)
      let to = try resolve(edge.target, role: "target", at: edge.targetOffset)
      assembly.addRelation(from: from, type: edge.type, to: to, detail: edge.detail)
    }
  }

  private mutating func resolve(_ id: [UInt8], role: String, at offset: Int) throws(LoadError)
    -> EntityIndex
  {
    guard let index = id.withUnsafeBufferPointer({ assembly.entityIndex(forID: $0) }) else {
      throw error(
        at: offset,
        "edge \(role) \(QuotedText.quoted(String(decoding: id, as: UTF8.self))) names no node")
    }
    return index
  }
}

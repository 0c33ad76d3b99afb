import KnowledgeGraph
import FileInput

/// `<edge>` elements, and edges that named nodes not read yet.
extension GraphMLReader {
  mutating func readEdge(_ element: XMLName) throws(LoadError) {
    let ends = try edgeEnds(element)
    let from = try batchKey(ends.source)
    let to = try batchKey(ends.target)
    relation.reset()
    try readEdgeContent(element)
    guard let type = relationType(isUndirected: ends.isUndirected) else {
      throw error(at: element.offset, "more than 65,535 relation types; kg holds at most 65,535")
    }
    edges.append(
      from: from, at: ends.source.value.lowerBound, to: to, at: ends.target.value.lowerBound,
      type: type, detail: relation, knownEntities: assembly.entityCount)
    if edges.isFull { try batchIsFull() }
  }

  /// The `source` and `target` attributes of the edge just started, and
  /// whether it is undirected, found in one pass over its attributes.
  private mutating func edgeEnds(_ element: XMLName) throws(LoadError) -> (
    source: XMLAttribute, target: XMLAttribute, isUndirected: Bool
  ) {
    let found = EdgeAttributes(scanner.attributes, in: scanner.input)
    if found.hasSourcePort || found.hasTargetPort {
      let name = found.hasSourcePort ? "sourceport" : "targetport"
      throw unsupported(element, "ports (attribute \"\(name)\" of <\(qualified(element))>)")
    }
    guard let source = found.source, let target = found.target else {
      let missing = found.source == nil ? "source" : "target"
      throw error(at: element.offset, "<\(qualified(element))> is missing attribute \"\(missing)\"")
    }
    guard let directed = found.directed else { return (source, target, isUndirectedByDefault) }
    let isFalse = try attributeText(directed).withBytes(in: scanner.input) {
      Self.equal($0, "false")
    }
    return (source, target, isFalse)
  }

  /// The relation type of the edge just read, with the label it gives.
  private mutating func relationType(isUndirected: Bool) -> RelationTypeIndex? {
    guard let label = relation.label else {
      return relationType(label: nil, isUndirected: isUndirected)
    }
    return label.withBytes(in: scanner.input) {
      relationType(label: $0, isUndirected: isUndirected)
    }
  }

  private mutating func relationType(label: UnsafeBufferPointer<UInt8>?, isUndirected: Bool)
    -> RelationTypeIndex?
  {
    guard let decoded = relation.decodedType else {
      let key = relation.typeRange.map { scanner.input.slice($0) }
      return assembly.relationType(forKey: key, label: label, isUndirected: isUndirected)
    }
    return decoded.withUnsafeBufferPointer { bytes in
      StoredText.withValidUTF8(bytes) {
        assembly.relationType(forKey: $0, label: label, isUndirected: isUndirected)
      }
    }
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
  /// (and are kept among duplicates) never depends on batching. `ends` are
  /// the batch's ends when they were looked up already.
  mutating func flushEdges(lookedUp ends: (from: [UInt32], to: [UInt32])? = nil) throws(LoadError) {
    let (from, to) = ends ?? edges.lookUp(in: assembly)
    let known = edges.knownEntityCounts()
    for index in 0..<edges.count {
      if from[index] < known[index], to[index] < known[index] {
        assembly.addRelation(
          from: EntityIndex(from[index]), type: edges.types[index], to: EntityIndex(to[index]),
          detail: edges.detail(index), of: edges, keys: attributeKeys)
      } else {
        deferredEdges.append(index, of: edges)
      }
    }
    edges.removeAll()
  }

  private mutating func readEdgeContent(_ element: XMLName) throws(LoadError) {
    var seen: [Int] = []
    while true {
      if let data = scanner.plainData() {
        let number = try keyNumber(of: data, in: .edge)
        if !schema.edgeDefaults.isEmpty { seen.append(number) }
        try applyEdgeData(.slice(data.text), key: number, at: data.offset)
        continue
      }
      guard case .start(let child) = try nextElementEvent() else { break }
      if child.hasPrefix {
        try skipElement()
      } else if isNamed(child, "data") {
        let (number, content) = try readData(child, in: .edge)
        if !schema.edgeDefaults.isEmpty { seen.append(number) }
        if let content { try applyEdgeData(content, key: number, at: child.offset) }
      } else if isNamed(child, "graph") {
        throw unsupported(child, "nested graphs (<\(qualified(child))> inside an edge)")
      } else {
        try skipElement()
      }
    }
    for number in schema.edgeDefaults where !seen.contains(number) {
      try applyEdgeData(defaultText(number), key: number, at: element.offset)
    }
  }

  /// Puts one data value of an edge where its key's role says. A relation
  /// type that needed decoding wins over plain ones, and an empty one
  /// clears it, as when every value was a `String`.
  private mutating func applyEdgeData(_ content: DataText, key number: Int, at offset: Int)
    throws(LoadError)
  {
    switch (schema.edgeRoles[number], content) {
    case (.relationType, .slice(let range)) where !range.isEmpty: relation.typeRange = range
    case (.relationType, .decoded(let bytes)) where !bytes.isEmpty: relation.decodedType = bytes
    case (.relationType, _): relation.decodedType = nil
    case (.relationLabel, _): relation.label = content
    case (.source, _): content.withBytes(in: scanner.input) { relation.setSource($0) }
    case (.quote, _): content.withBytes(in: scanner.input) { relation.setQuote($0) }
    case (.attribute, _):
      let kind = schema.keys[number].kind
      let isValid = content.withBytes(in: scanner.input) {
        relation.addAttribute(key: number, kind: kind, text: $0)
      }
      if !isValid { throw invalidValue(content, key: number, at: offset) }
    default: break
    }
  }

  /// Adds the edges that were read before their nodes, now that all nodes are known.
  mutating func resolveDeferredEdges() throws(LoadError) {
    try flushEdges()
    let (from, to) = deferredEdges.lookUp(in: assembly)
    for index in 0..<deferredEdges.count {
      guard from[index] != ByteStringTable.notFound else {
        throw unknownNode(deferredEdges.from[index], "source", at: deferredEdges.fromOffset(index))
      }
      guard to[index] != ByteStringTable.notFound else {
        throw unknownNode(deferredEdges.to[index], "target", at: deferredEdges.toOffset(index))
      }
      assembly.addRelation(
        from: EntityIndex(from[index]), type: deferredEdges.types[index],
        to: EntityIndex(to[index]), detail: deferredEdges.detail(index), of: deferredEdges,
        keys: attributeKeys)
    }
  }

  private func unknownNode(_ id: StringRef, _ role: String, at offset: Int) -> LoadError {
    let id = String(decoding: deferredEdges.bytes(of: id), as: UTF8.self)
    return error(at: offset, "edge \(role) \(QuotedText.quoted(id)) names no node")
  }
}

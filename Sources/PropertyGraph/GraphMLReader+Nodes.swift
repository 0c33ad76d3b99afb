import KnowledgeGraph
import FileInput

/// `<graph>` and `<node>` elements, and data applied to drafts.
extension GraphMLReader {
  mutating func readGraph(_ element: XMLName) throws(LoadError) {
    schema.assignRoles(options: options)
    isUndirectedByDefault = try optional("edgedefault") == "undirected"
    startReadAhead()
    while true {
      try takeReadAhead()
      guard case .start(let child) = try nextElementEvent() else { break }
      if child.hasPrefix {
        try skipElement()
      } else if isNamed(child, "node") {
        try readNode(child)
      } else if isNamed(child, "edge") {
        try readEdge(child)
      } else if isNamed(child, "hyperedge") {
        throw unsupported(child, "hyperedges (<\(qualified(child))>)")
      } else if isNamed(child, "data") {
        try readGraphData(child)
      } else {
        try skipElement()
      }
      releasePages()
    }
  }

  private mutating func readNode(_ element: XMLName) throws(LoadError) {
    let id = try required("id", of: element)
    var draft = ItemDraft()
    var seen: [Int] = []
    while case .start(let child) = try nextElementEvent() {
      if child.hasPrefix {
        try skipElement()
      } else if isNamed(child, "data") {
        let (number, content) = try readData(child, in: .node)
        if !schema.nodeDefaults.isEmpty { seen.append(number) }
        if let content {
          try apply(
            string(content), key: number, role: schema.nodeRoles[number], to: &draft,
            at: child.offset)
        }
      } else if isNamed(child, "graph") {
        throw unsupported(child, "nested graphs (<\(qualified(child))> inside a node)")
      } else if isNamed(child, "port") {
        throw unsupported(child, "ports (<\(qualified(child))>)")
      } else {
        try skipElement()
      }
    }
    for number in schema.nodeDefaults where !seen.contains(number) {
      try apply(
        schema.keys[number].defaultValue!, key: number, role: schema.nodeRoles[number], to: &draft,
        at: element.offset)
    }
    guard assembly.addEntity(id: id, draft: draft) else {
      throw error(
        at: element.offset, "node id \(QuotedText.quoted(id)) is already used by an earlier node")
    }
  }

  /// Puts one data value where its key's role says.
  mutating func apply(
    _ text: String, key number: Int, role: GraphMLRole, to draft: inout ItemDraft, at offset: Int
  ) throws(LoadError) {
    switch role {
    case .name: draft.name = text
    case .type: draft.setType(text)
    case .description: draft.description = text
    case .aliases: draft.aliases = text.split(separator: ", ").map(String.init)
    case .relationType: draft.relationType = text.isEmpty ? nil : text
    case .relationLabel: draft.relationLabel = text
    case .source: draft.source = text.isEmpty ? nil : text
    case .quote: draft.quote = text.isEmpty ? nil : text
    case .attribute:
      draft.attributes.append(try attribute(text, key: schema.keys[number], at: offset))
    case .title, .graphDescription, .ignored: break
    }
  }

  private func attribute(_ text: String, key: GraphMLKey, at offset: Int) throws(LoadError)
    -> Attribute
  {
    guard let value = key.kind.value(text) else {
      throw error(
        at: offset,
        "data for key \(QuotedText.quoted(key.name)) must be \(key.kind.noun), found \(QuotedText.quoted(text))"
      )
    }
    return Attribute(key: key.name, value: value)
  }

  mutating func releasePages() {
    elementCount += 1
    if elementCount & 0xFFF == 0 { pages.advance(to: scanner.position) }
  }
}

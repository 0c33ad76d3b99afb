import KnowledgeGraph
import FileInput

/// `<graph>` and `<node>` elements, and data applied to the node being read.
extension GraphMLReader {
  mutating func readGraph(_ element: XMLName) throws(LoadError) {
    schema.assignRoles(options: options)
    storeAttributeKeys()
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
    let id = try requiredText("id", of: element)
    id.withBytes(in: scanner.input) { assembly.beginEntity(id: $0) }
    var seen: [Int] = []
    while true {
      if let data = scanner.plainData() {
        let number = try keyNumber(of: data, in: .node)
        if !schema.nodeDefaults.isEmpty { seen.append(number) }
        try applyNodeData(.slice(data.text), key: number, at: data.offset)
        continue
      }
      guard case .start(let child) = try nextElementEvent() else { break }
      if child.hasPrefix {
        try skipElement()
      } else if isNamed(child, "data") {
        let (number, content) = try readData(child, in: .node)
        if !schema.nodeDefaults.isEmpty { seen.append(number) }
        if let content { try applyNodeData(content, key: number, at: child.offset) }
      } else if isNamed(child, "graph") {
        throw unsupported(child, "nested graphs (<\(qualified(child))> inside a node)")
      } else if isNamed(child, "port") {
        throw unsupported(child, "ports (<\(qualified(child))>)")
      } else {
        try skipElement()
      }
    }
    for number in schema.nodeDefaults where !seen.contains(number) {
      try applyNodeData(defaultText(number), key: number, at: element.offset)
    }
    guard assembly.commitEntity() else {
      throw error(
        at: element.offset,
        "node id \(QuotedText.quoted(string(id))) is already used by an earlier node")
    }
  }

  /// Puts one data value of a node where its key's role says.
  private mutating func applyNodeData(_ content: DataText, key number: Int, at offset: Int)
    throws(LoadError)
  {
    let role = schema.nodeRoles[number]
    let kind = schema.keys[number].kind
    let isValid = content.withBytes(in: scanner.input) { text in
      switch role {
      case .name: assembly.setName(text)
      case .type: assembly.setType(text)
      case .description: assembly.setDescription(text)
      case .aliases: assembly.setAliases(text)
      case .attribute:
        return assembly.addAttribute(key: attributeKeys[number], kind: kind, text: text)
      default: break
      }
      return true
    }
    if !isValid { throw invalidValue(content, key: number, at: offset) }
  }

  /// The default value of key `number`, which has one.
  func defaultText(_ number: Int) -> DataText {
    .decoded(Array(schema.keys[number].defaultValue!.utf8))
  }

  func invalidValue(_ content: DataText, key number: Int, at offset: Int) -> LoadError {
    let key = schema.keys[number]
    return error(
      at: offset,
      "data for key \(QuotedText.quoted(key.name)) must be \(key.kind.noun), found \(QuotedText.quoted(string(content)))"
    )
  }

  /// Stores the name of each key that is an attribute once, for all its values.
  mutating func storeAttributeKeys() {
    attributeKeys = schema.keys.indices.map { number in
      schema.nodeRoles[number] == .attribute || schema.edgeRoles[number] == .attribute
        ? assembly.attributeKey(schema.keys[number].name) : .empty
    }
  }

  mutating func releasePages() {
    elementCount += 1
    if elementCount & 0xFFF == 0 { pages.advance(to: scanner.position) }
  }
}

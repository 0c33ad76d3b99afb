import KnowledgeGraph
import FileInput

/// `<key>` declarations and graph-level data.
extension GraphMLReader {
  mutating func readKey(_ element: XMLName) throws(LoadError) {
    let id = try required("id", of: element)
    let domain = try optional("for")
    let name = try optional("attr.name")
    let type = try optional("attr.type")
    let key = GraphMLKey(
      id: id, name: name ?? id, domain: GraphMLDomain(domain ?? "all"),
      kind: ValueKind(typeName: type ?? "string"), isExtension: attribute("yfiles.type") != nil)
    guard schema.declare(key) else {
      throw error(at: element.offset, "key \(QuotedText.quoted(id)) is declared twice")
    }
    while case .start(let child) = try nextElementEvent() {
      if !child.hasPrefix, isNamed(child, "default"), let text = try readText() {
        try checkDefault(text, of: key, at: child.offset)
        schema.setDefault(text, forKey: schema.keys.count - 1)
      } else {
        try skipElement()
      }
    }
  }

  private func checkDefault(_ text: String, of key: GraphMLKey, at offset: Int) throws(LoadError) {
    guard key.kind.value(text) == nil else { return }
    throw error(
      at: offset,
      "the default of key \(QuotedText.quoted(key.name)) must be \(key.kind.noun),"
        + " found \(QuotedText.quoted(text))")
  }

  /// Data on `<graph>`: its title and description.
  mutating func readGraphData(_ element: XMLName) throws(LoadError) {
    let (number, content) = try readData(element, in: .graph)
    guard let text = content.map(string) else { return }
    switch schema.graphRoles[number] {
    case .title: title = title ?? text
    case .graphDescription: graphDescription = graphDescription ?? text
    default: break
    }
  }
}

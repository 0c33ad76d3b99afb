import KnowledgeGraph

/// The attributes of an `<edge>` that the reader uses, found in one pass
/// over them: the first unprefixed attribute of each name, as `attribute(_:)`
/// would find it, without searching once per name for each of millions of edges.
struct EdgeAttributes {
  private(set) var source: XMLAttribute?
  private(set) var target: XMLAttribute?
  private(set) var directed: XMLAttribute?
  private(set) var hasSourcePort = false
  private(set) var hasTargetPort = false

  init(_ attributes: ArraySlice<XMLAttribute>, in input: InputText) {
    for attribute in attributes where !attribute.name.hasPrefix {
      let name = input.slice(attribute.name.local)
      if source == nil, GraphMLReader.equal(name, "source") {
        source = attribute
      } else if target == nil, GraphMLReader.equal(name, "target") {
        target = attribute
      } else if directed == nil, GraphMLReader.equal(name, "directed") {
        directed = attribute
      } else if GraphMLReader.equal(name, "sourceport") {
        hasSourcePort = true
      } else if GraphMLReader.equal(name, "targetport") {
        hasTargetPort = true
      }
    }
  }
}

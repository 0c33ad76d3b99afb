import KnowledgeGraph

/// The attributes of an `<edge>` that the reader uses, found in one pass
/// over them: the first unprefixed attribute of each name, as `attribute(_:)`
/// would find it, without searching once per name for each of millions of
/// edges; names are told apart by their length first.
struct EdgeAttributes {
  private(set) var source: XMLAttribute?
  private(set) var target: XMLAttribute?
  private(set) var directed: XMLAttribute?
  private(set) var hasSourcePort = false
  private(set) var hasTargetPort = false

  init(_ attributes: ArraySlice<XMLAttribute>, in input: InputText) {
    for attribute in attributes where !attribute.name.hasPrefix {
      let name = input.slice(attribute.name.local)
      switch name.count {
      case 6: noteEnd(attribute, name)
      case 8 where directed == nil && GraphMLReader.equal(name, "directed"): directed = attribute
      case 10:
        hasSourcePort = hasSourcePort || GraphMLReader.equal(name, "sourceport")
        hasTargetPort = hasTargetPort || GraphMLReader.equal(name, "targetport")
      default: continue
      }
    }
  }

  private mutating func noteEnd(_ attribute: XMLAttribute, _ name: UnsafeBufferPointer<UInt8>) {
    if source == nil, GraphMLReader.equal(name, "source") {
      source = attribute
    } else if target == nil, GraphMLReader.equal(name, "target") {
      target = attribute
    }
  }
}

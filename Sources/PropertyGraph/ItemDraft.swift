import KnowledgeGraph

/// The fields of one node or edge gathered from its data or columns before
/// it is added to the graph.
struct ItemDraft {
  var name: String?
  var type: String?
  var description: String?
  var aliases: [String] = []
  var attributes: [Attribute] = []
  var relationType: String?
  /// The relation type as a range of a GraphML input, when it needs no
  /// decoding: then no `String` is made for it.
  var relationTypeRange: Range<Int>?
  var relationLabel: String?
  var source: String?
  var quote: String?

  /// True when a relation with this draft has a source, quote or attributes to store.
  var hasRelationDetail: Bool { source != nil || quote != nil || !attributes.isEmpty }

  /// Sets the type from Neo4j labels: the first is the type, and when there
  /// are more, all of them are kept as the attribute `labels`.
  mutating func setLabels(_ labels: [String]) {
    guard let first = labels.first else { return }
    type = first
    if labels.count > 1 {
      attributes.append(Attribute(key: "labels", value: .array(labels.map(AttributeValue.string))))
    }
  }

  /// Sets a type value, which may be in Neo4j's `:Person:Actor` form.
  mutating func setType(_ text: String) {
    if text.hasPrefix(":") {
      setLabels(text.split(separator: ":").map(String.init))
    } else if !text.isEmpty {
      type = text
    }
  }
}

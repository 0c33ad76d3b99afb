import KnowledgeGraph

/// The relation types a property-graph file uses: their keys, labels and
/// whether their edges are directed, so that types used only by undirected
/// edges can be declared symmetric once the whole file is read.
struct RelationTypeTable {
  private var keys: [String] = []
  private var labels: [String?] = []
  private var usedDirected: [Bool] = []
  private var usedUndirected: [Bool] = []
  private var last: (key: String, index: RelationTypeIndex)?

  /// The type for `key`, recording how it is used; nil past 65,535 types.
  mutating func index(
    forKey key: String, label: String?, isUndirected: Bool, builder: inout GraphBuilder
  ) -> RelationTypeIndex? {
    let index: RelationTypeIndex
    if let last, last.key == key {
      index = last.index
    } else {
      var text = key
      guard let number = text.withUTF8({ builder.relationTypeNumber(forKey: $0) }) else {
        return nil
      }
      index = RelationTypeIndex(number)
      last = (key, index)
    }
    record(index.position, key: key, label: label, isUndirected: isUndirected)
    return index
  }

  private mutating func record(_ number: Int, key: String, label: String?, isUndirected: Bool) {
    if number == keys.count {
      keys.append(key)
      labels.append(nil)
      usedDirected.append(false)
      usedUndirected.append(false)
    }
    if labels[number] == nil, let label, label != key { labels[number] = label }
    if isUndirected {
      usedUndirected[number] = true
    } else {
      usedDirected[number] = true
    }
  }

  /// Declares every type: symmetric when only undirected edges used it,
  /// with the label an edge gave it, if any.
  func declare(into builder: inout GraphBuilder) {
    for number in keys.indices where labels[number] != nil || !usedDirected[number] {
      builder.declareRelationType(
        key: keys[number], label: labels[number], inverseLabel: nil,
        isSymmetric: !usedDirected[number])
    }
  }
}

import KnowledgeGraph

/// The relation types a property-graph file uses: their keys, labels and
/// whether their edges are directed, so that types used only by undirected
/// edges can be declared symmetric once the whole file is read.
struct RelationTypeTable {
  private var keys: [String] = []
  private var labels: [String?] = []
  private var usedDirected: [Bool] = []
  private var usedUndirected: [Bool] = []

  /// The type for `key`, recording how it is used; nil past 65,535 types.
  mutating func index(
    forKey key: UnsafeBufferPointer<UInt8>, label: String?, isUndirected: Bool,
    builder: inout GraphBuilder
  ) -> RelationTypeIndex? {
    guard let number = builder.relationTypeNumber(forKey: key) else { return nil }
    if Int(number) == keys.count {
      keys.append(String(decoding: key, as: UTF8.self))
      labels.append(nil)
      usedDirected.append(false)
      usedUndirected.append(false)
    }
    record(Int(number), label: label, isUndirected: isUndirected)
    return RelationTypeIndex(number)
  }

  private mutating func record(_ number: Int, label: String?, isUndirected: Bool) {
    if labels[number] == nil, let label, label != keys[number] { labels[number] = label }
    if isUndirected {
      usedUndirected[number] = true
    } else {
      usedDirected[number] = true
    }
  }

  /// Takes over the types of `other`, a table filled by another reader,
  /// with their labels and uses; returns this table's type for each of
  /// `other`'s, or nil past 65,535 types.
  mutating func adopt(_ other: RelationTypeTable, builder: inout GraphBuilder)
    -> [RelationTypeIndex]?
  {
    var map: [RelationTypeIndex] = []
    for number in other.keys.indices {
      var key = other.keys[number]
      var index: RelationTypeIndex?
      for isUndirected in [false, true]
      where isUndirected ? other.usedUndirected[number] : other.usedDirected[number] {
        index = key.withUTF8 {
          self.index(
            forKey: $0, label: other.labels[number], isUndirected: isUndirected, builder: &builder)
        }
        if index == nil { return nil }
      }
      guard let index else { return nil }
      map.append(index)
    }
    return map
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

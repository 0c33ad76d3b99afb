import KnowledgeGraph

/// The relation types a property-graph file uses: their keys, labels and
/// whether their edges are directed, so that types used only by undirected
/// edges can be declared symmetric once the whole file is read.
struct RelationTypeTable {
  private var keys: [String] = []
  private var labels: [String?] = []
  private var usedDirected: [Bool] = []
  private var usedUndirected: [Bool] = []
  /// The keys' bytes, as the builder numbers them, while there are few:
  /// finding an edge's type among them costs less than a hash.
  private var fewKeys = KeyIDTable()
  private static let fewKeysLimit = 32

  /// The type for `key`, recording how it is used and the edge's label for
  /// it, if any; nil past 65,535 types.
  mutating func index(
    forKey key: UnsafeBufferPointer<UInt8>, label: UnsafeBufferPointer<UInt8>?,
    isUndirected: Bool, builder: inout GraphBuilder
  ) -> RelationTypeIndex? {
    guard let number = number(forKey: key, builder: &builder) else { return nil }
    if labels[number] == nil, let label, !isKey(number, label) {
      record(String(decoding: label, as: UTF8.self), for: number)
    }
    record(number, isUndirected: isUndirected)
    return RelationTypeIndex(number)
  }

  private mutating func number(forKey key: UnsafeBufferPointer<UInt8>, builder: inout GraphBuilder)
    -> Int?
  {
    if keys.count <= Self.fewKeysLimit, let known = fewKeys.number(of: key) { return known }
    guard let number = builder.relationTypeNumber(forKey: key) else { return nil }
    if Int(number) == keys.count {
      keys.append(String(decoding: key, as: UTF8.self))
      labels.append(nil)
      usedDirected.append(false)
      usedUndirected.append(false)
      if keys.count <= Self.fewKeysLimit { fewKeys.append(key) }
    }
    return Int(number)
  }

  /// True when `label` is surely the same text as key `number`: the same
  /// bytes. Other bytes may still be the same text, which `record` decides.
  private func isKey(_ number: Int, _ label: UnsafeBufferPointer<UInt8>) -> Bool {
    number < fewKeys.count
      ? fewKeys.isID(number, label) : keys[number].utf8.elementsEqual(label)
  }

  /// The first label that differs from the key is the type's label.
  private mutating func record(_ label: String, for number: Int) {
    if labels[number] == nil, label != keys[number] { labels[number] = label }
  }

  private mutating func record(_ number: Int, isUndirected: Bool) {
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
      guard let index = key.withUTF8({ self.number(forKey: $0, builder: &builder) }) else {
        return nil
      }
      if let label = other.labels[number] { record(label, for: index) }
      if other.usedDirected[number] { record(index, isUndirected: false) }
      if other.usedUndirected[number] { record(index, isUndirected: true) }
      map.append(RelationTypeIndex(index))
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

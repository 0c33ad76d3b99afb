/// Finds the reified statement that gives a relation its provenance, by the
/// relation's two ends and predicate.
///
/// An open-addressing table of record numbers over the statements' own
/// columns: at millions of statements a `[RelationKey: …]` dictionary costs
/// several times the memory and a SipHash per lookup. The hash is seeded per
/// process, so a crafted file cannot force collisions.
struct ProvenanceIndex {
  private static let seed = UInt64.random(in: 1...UInt64.max)

  private let statements: ReifiedStatements
  /// Record number plus one per slot; 0 is empty.
  private var slots: [UInt32]
  private let seed = Self.seed

  /// Indexes the statements that have a relation key and provenance; of two
  /// with the same key, the one of the later node wins.
  init(_ statements: ReifiedStatements) {
    self.statements = statements
    var slotCount = 16
    while slotCount < statements.count * 2 { slotCount *= 2 }
    slots = [UInt32](repeating: 0, count: statements.count == 0 ? 0 : slotCount)
    for (index, record) in statements.records.enumerated() where record.hasProvenance {
      guard let key = record.relationKey else { continue }
      slots[slot(of: key)] = UInt32(index + 1)
      isEmpty = false
    }
  }

  /// Whether no statement gives any relation provenance.
  private(set) var isEmpty = true

  /// The record number of the statement about `key`, if any.
  func record(describing key: RelationKey) -> Int? {
    guard !isEmpty else { return nil }
    let number = slots[slot(of: key)]
    return number == 0 ? nil : Int(number - 1)
  }

  /// The slot that holds `key`, or the empty slot where it would go.
  private func slot(of key: RelationKey) -> Int {
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hash(key)) & mask
    while slots[index] != 0 {
      if statements.records[Int(slots[index] - 1)].relationKey == key { return index }
      index = (index + 1) & mask
    }
    return index
  }

  private func hash(_ key: RelationKey) -> UInt64 {
    var hash = seed ^ (UInt64(key.from) << 32 | UInt64(key.to))
    hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
    hash ^= UInt64(key.predicate)
    hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }
}

import CMemoryHints

/// Finds the reified statement that gives each relation its provenance, by
/// the relation's two ends and predicate.
///
/// An open-addressing table over the statements' own columns: at millions
/// of statements a `[RelationKey: …]` dictionary costs several times the
/// memory and a SipHash per lookup. Each slot keeps 32 bits of the hash
/// beside the record number, so a probe reads a record only when the hashes
/// agree, and the links are looked up in one pass that prefetches the slots
/// ahead. The hash is seeded per process, so a crafted file cannot force
/// collisions.
struct ProvenanceIndex {
  /// What `records(describing:)` gives a link that no statement describes.
  static let none = UInt32.max
  private static let seed = UInt64.random(in: 1...UInt64.max)
  /// How many links ahead the lookup pass prefetches the slot it will read.
  private static let prefetchDistance = 16

  private let statements: ReifiedStatements
  /// The hash's top 32 bits above the record number plus one, per slot; 0 is empty.
  private var slots: [UInt64]
  private let seed = Self.seed

  /// Indexes the statements that have a relation key and provenance; of two
  /// with the same key, the one of the later node wins.
  init(_ statements: ReifiedStatements) {
    self.statements = statements
    var slotCount = 16
    while slotCount < statements.count * 2 { slotCount *= 2 }
    slots = [UInt64](repeating: 0, count: statements.count == 0 ? 0 : slotCount)
    for (index, record) in statements.records.enumerated() where record.hasProvenance {
      guard let key = record.relationKey else { continue }
      let hash = hash(key)
      slots[slot(of: key, hash: hash)] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
      isEmpty = false
    }
  }

  /// Whether no statement gives any relation provenance.
  private(set) var isEmpty = true

  /// For each link, the number of the statement about it, or `none`. Takes the link columns
  /// rather than the mapper, so it can run on one core while the other adds entities.
  func records(describing links: LinkColumns) -> [UInt32] {
    let count = links.from.count
    guard !isEmpty else { return [UInt32](repeating: Self.none, count: count) }
    let mask = slots.count - 1
    var found = [UInt32](repeating: Self.none, count: count)
    slots.withUnsafeBufferPointer { slots in
      for link in 0..<count {
        if link + Self.prefetchDistance < count {
          let ahead = hash(Self.key(of: link + Self.prefetchDistance, in: links))
          kg_prefetch(slots.baseAddress! + (Int(truncatingIfNeeded: ahead) & mask))
        }
        let key = Self.key(of: link, in: links)
        let number = slots[slot(of: key, hash: hash(key))] & 0xFFFF_FFFF
        if number != 0 { found[link] = UInt32(number - 1) }
      }
    }
    return found
  }

  private static func key(of link: Int, in links: LinkColumns) -> RelationKey {
    RelationKey(from: links.from[link], predicate: links.predicate[link], to: links.to[link])
  }

  /// The slot that holds `key`, or the empty slot where it would go.
  private func slot(of key: RelationKey, hash: UInt64) -> Int {
    let mask = slots.count - 1
    let tag = hash >> 32
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index] != 0 {
      if slots[index] >> 32 == tag,
        statements.records[Int(slots[index] & 0xFFFF_FFFF) - 1].relationKey == key
      {
        return index
      }
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

import KnowledgeGraph

/// Every entity's preferred id, its compact IRI (or `_:label`), made
/// before any entity is added, with its hash in the id table.
///
/// Each id must be checked against the ids taken so far, and at a million
/// entities each check misses the cache; knowing the ids ahead, the adding
/// loop asks for the slot of an id a few entities ahead (`prefetch`), so
/// the checks overlap their waits for memory instead of taking them in turn.
struct CompactIDs {
  /// How many entities ahead `prefetch` asks for a slot.
  static let distance = 8

  private var bytes: [UInt8] = []
  /// Where each id ends in `bytes`; it starts where the one before ends.
  private var ends: [UInt32] = []
  private var hashes: [UInt32] = []

  /// The ids of the nodes that `entityOf` makes entities, in entity order.
  init(
    nodes: ByteStringTable, entityOf: [UInt32], compacter: inout IRICompacter,
    table: ByteStringTable
  ) {
    var scratch: [UInt8] = []
    for node in entityOf.indices where entityOf[node] != GraphAssembly.unresolved {
      nodes.withKey(node) { key in
        if key.first == UInt8(ascii: "_") {
          scratch.removeAll(keepingCapacity: true)
          scratch.append(contentsOf: key)
        } else {
          compacter.compact(key, into: &scratch)
        }
        bytes.append(contentsOf: scratch)
        ends.append(UInt32(truncatingIfNeeded: bytes.count))
        hashes.append(scratch.withUnsafeBufferPointer { table.hash($0) })
      }
    }
  }

  /// Asks for the id table's slot of the id of `entity`, if there is one.
  func prefetch(_ entity: Int, in table: ByteStringTable) {
    guard entity < hashes.count else { return }
    table.prefetch(hash: hashes[entity])
  }

  /// Whether the id of `entity` is a blank node's label, which is used as
  /// it is: no compact or full IRI starts with `_`.
  func isBlankNode(_ entity: Int) -> Bool {
    withID(entity) { $0.first == UInt8(ascii: "_") }
  }

  func hash(_ entity: Int) -> UInt32 { hashes[entity] }

  func withID<Result>(_ entity: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let start = entity == 0 ? 0 : Int(ends[entity - 1])
    return bytes.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[start..<Int(ends[entity])]))
    }
  }
}

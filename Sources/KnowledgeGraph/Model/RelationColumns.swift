/// Compressed sparse row adjacency for both directions of every relation.
///
/// Relations are sorted by (from, type, to), so the outgoing list of an entity
/// is a contiguous run of relation indices and needs no array of its own. The
/// incoming side stores relation indices sorted by (to, type, from). That is
/// 4 + 2 + 4 bytes per relation plus two offsets per entity.
package struct RelationColumns: Sendable {
  var targets: [UInt32] = []
  var types: [UInt16] = []
  /// `outOffsets[e]..<outOffsets[e + 1]` are the relation indices leaving entity `e`.
  package var outOffsets: [UInt32] = [0]
  /// `inOffsets[e]..<inOffsets[e + 1]` index into `incoming` for relations reaching entity `e`.
  package var inOffsets: [UInt32] = [0]
  var incoming: [UInt32] = []
  /// Sorted relation indices that have provenance or attributes, parallel to `details`.
  var detailKeys: [UInt32] = []
  var details: [RelationDetail] = []
  /// Attributes of relations, in ranges named by `details`.
  var attributes: [StoredAttribute] = []

  var count: Int { targets.count }

  /// The source entity of a relation, found by binary search over `outOffsets`
  /// instead of spending four more bytes per relation on a `from` column.
  func source(of relation: Int) -> Int {
    var low = 0
    var high = outOffsets.count - 1
    while high - low > 1 {
      let middle = (low + high) / 2
      if Int(outOffsets[middle]) <= relation { low = middle } else { high = middle }
    }
    return low
  }

  func detail(of relation: Int) -> RelationDetail? {
    var low = 0
    var high = detailKeys.count
    let key = UInt32(truncatingIfNeeded: relation)
    while low < high {
      let middle = (low + high) / 2
      if detailKeys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < detailKeys.count && detailKeys[low] == key ? details[low] : nil
  }
}

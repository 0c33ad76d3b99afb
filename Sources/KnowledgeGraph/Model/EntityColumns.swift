/// Column-wise entity storage: one array per field, indexed by `EntityIndex`.
///
/// Columns keep each field contiguous, so a scan over all names (search, sort)
/// touches only name bytes.
package struct EntityColumns: Sendable {
  package var ids: [StringRef] = []
  package var names: [StringRef] = []
  package var types: [UInt16] = []
  package var descriptions: [StringRef] = []
  /// Offsets into `aliases`, one more than there are entities.
  package var aliasOffsets: [UInt32] = [0]
  package var aliases: [StringRef] = []
  /// Offsets into `attributes`, one more than there are entities.
  package var attributeOffsets: [UInt32] = [0]
  package var attributes: [StoredAttribute] = []

  package var count: Int { ids.count }
}

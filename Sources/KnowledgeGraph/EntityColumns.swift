/// Column-wise entity storage: one array per field, indexed by `EntityIndex`.
///
/// Columns keep each field contiguous, so a scan over all names (search, sort)
/// touches only name bytes.
struct EntityColumns: Sendable {
  var ids: [StringRef] = []
  var names: [StringRef] = []
  var types: [UInt16] = []
  var descriptions: [StringRef] = []
  /// Offsets into `aliases`, one more than there are entities.
  var aliasOffsets: [UInt32] = [0]
  var aliases: [StringRef] = []
  /// Offsets into `attributes`, one more than there are entities.
  var attributeOffsets: [UInt32] = [0]
  var attributes: [StoredAttribute] = []

  var count: Int { ids.count }
}

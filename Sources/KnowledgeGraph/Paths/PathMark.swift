/// What one side of a path search knows about one entity: whether it reached
/// it in the current search, how far away, and by which edge.
///
/// A workspace keeps the forward and backward marks of an entity side by side,
/// 32 bytes together, so the test "has the other side been here?" reads the
/// cache line that the visit just loaded.
struct PathMark {
  /// The search generation that last reached the entity; older stamps mean "not reached".
  var stamp: UInt32 = 0
  var parent: UInt32 = 0
  /// The edge from `parent` that reached the entity, as an `EdgeCode` seen from the parent.
  var edge: UInt32 = 0
  var distance: UInt32 = 0
}

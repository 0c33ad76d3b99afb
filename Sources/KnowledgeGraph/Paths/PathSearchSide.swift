/// One direction of a bidirectional path search: its frontier and how deep it is.
///
/// The side's marks live in its workspace's shared buffer, at `2 * entity + slot`.
final class PathSearchSide {
  /// 0 for the side that starts at the path's start, 1 for the side that starts at its goal.
  let slot: Int
  var frontier: [UInt32] = []
  var next: [UInt32] = []
  /// The summed degree of the frontier: what expanding it will cost.
  var frontierCost = 0
  var level = 0

  init(slot: Int) { self.slot = slot }

  func start(at root: UInt32, cost: Int) {
    frontier.removeAll(keepingCapacity: true)
    frontier.append(root)
    next.removeAll(keepingCapacity: true)
    frontierCost = cost
    level = 0
  }

  /// Hands over the spare buffer for the next layer, so discovering it
  /// appends to a local array rather than through this object.
  func takeNext() -> [UInt32] {
    var buffer: [UInt32] = []
    swap(&buffer, &next)
    buffer.removeAll(keepingCapacity: true)
    return buffer
  }

  /// Moves to the layer just discovered, keeping the old frontier's buffer for reuse.
  func advance(next layer: inout [UInt32], cost: Int) {
    swap(&frontier, &layer)
    frontierCost = cost
    level += 1
  }
}

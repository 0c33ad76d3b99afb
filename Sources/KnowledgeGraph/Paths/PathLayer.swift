/// The layer a path search is discovering: who is discovering it, at what
/// distance, and what it has found so far.
struct PathLayer {
  let slot: Int
  let level: UInt32
  var next: [UInt32]
  /// The summed degree of `next`.
  var cost = 0
  var meetings: [UInt32] = []

  init(slot: Int, level: Int, next: [UInt32]) {
    self.slot = slot
    self.level = UInt32(truncatingIfNeeded: level)
    self.next = next
  }
}

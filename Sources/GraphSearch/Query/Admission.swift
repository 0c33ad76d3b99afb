/// Decides whether an entity can still enter full results, given the best
/// primary key part (kind, score, field) it could reach, without loading its
/// tie-breaks in most cases: slots are in descending degree order, so the
/// slots of lower degree than the worst kept key form a suffix, found once
/// by binary search each time that degree changes.
struct Admission {
  private let tieBreaks: [UInt64]
  private let order: [UInt32]
  private var degree = UInt64.max
  /// Slots below this have a higher degree than `degree`.
  private var bandStart = 0
  /// Slots from this on have a lower degree than `degree`.
  private var cut = 0

  init(fields: FoldedFields) {
    tieBreaks = fields.slotTieBreaks
    order = fields.order
  }

  /// False when an entity in `slot` whose primary is at most `primary`
  /// cannot beat `threshold`.
  @inline(__always)
  mutating func admits(primary: UInt64, slot: Int, threshold: RankKey?) -> Bool {
    guard let threshold else { return true }
    if primary != threshold.primary { return primary > threshold.primary }
    let wanted = threshold.secondary >> 32
    if wanted != degree { locate(wanted) }
    if slot >= cut { return false }
    if slot < bandStart { return true }
    return threshold
      < RankKey(primary: primary, secondary: tieBreaks[slot], entity: order[slot])
  }

  /// True when no entity from `slot` on (in slot order, so of no higher
  /// degree) whose primary is at most `primary` can beat `threshold`.
  @inline(__always)
  mutating func excludes(from slot: Int, primary: UInt64, threshold: RankKey) -> Bool {
    if primary != threshold.primary { return primary < threshold.primary }
    let wanted = threshold.secondary >> 32
    if wanted != degree { locate(wanted) }
    return slot >= cut
  }

  private mutating func locate(_ wanted: UInt64) {
    degree = wanted
    bandStart = firstSlot { $0 >> 32 <= wanted }
    cut = firstSlot { $0 >> 32 < wanted }
  }

  /// The first slot whose tie-break satisfies `predicate`, which holds for a suffix of slots.
  private func firstSlot(where predicate: (UInt64) -> Bool) -> Int {
    var low = 0
    var high = tieBreaks.count
    while low < high {
      let middle = (low + high) / 2
      if predicate(tieBreaks[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}

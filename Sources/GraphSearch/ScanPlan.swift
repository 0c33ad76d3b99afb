/// How one scan runs: over which entities, what it already knows, and when it may stop.
struct ScanPlan {
  let limit: Int
  /// Only these slots, ascending (a session's previous matches); nil for all.
  let slots: [UInt32]?
  /// Whether to return every matching entity, for a session to narrow later.
  let collecting: Bool
  /// Every match of word-boundary kind or better, found by the word-start
  /// index; the scan then skips such matches.
  var seeds: TopResults?
  /// The best primary rank key any entity not in `seeds` can have; lets a
  /// scan in slot (degree) order stop early.
  var bound: UInt64?

  init(limit: Int, slots: [UInt32]?, collecting: Bool) {
    self.limit = limit
    self.slots = slots
    self.collecting = collecting
  }
}

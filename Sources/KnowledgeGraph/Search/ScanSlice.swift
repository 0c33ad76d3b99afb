/// One thread's share of a scan: evaluates the slots it is given, in
/// ascending order, into its own bounded results, and says when the rest of
/// its slots cannot matter.
struct ScanSlice {
  private let plan: ScanPlan
  private let tieBreaks: [UInt64]
  private var matcher: EntityMatcher
  private var top: TopResults
  private var matches: [UInt32] = []

  init(index: SearchIndex, query: PreparedQuery, plan: ScanPlan, bytes: UnsafeBufferPointer<UInt8>)
  {
    self.plan = plan
    tieBreaks = index.fields.slotTieBreaks
    matcher = EntityMatcher(index: index, query: query, bytes: bytes)
    top = TopResults(capacity: plan.limit)
  }

  /// Evaluates a candidate slot; false when the scan may stop here, because
  /// with a bound no entity from this slot on (no higher degree) can enter.
  @inline(__always)
  mutating func visit(_ slot: Int) -> Bool {
    if let bound = plan.bound, let threshold = top.threshold,
      threshold.primary > bound
        || (threshold.primary == bound && threshold.secondary >> 32 > tieBreaks[slot] >> 32)
    {
      return false
    }
    guard let candidate = matcher.evaluate(slot: slot, prefiltered: true) else { return true }
    if plan.collecting { matches.append(UInt32(slot)) }
    if plan.seeds == nil || candidate.key.kind < .wordBoundary { top.insert(candidate) }
    return true
  }

  func finished(complete: Bool) -> (top: TopResults, matches: [UInt32], complete: Bool) {
    (top, matches, complete)
  }
}

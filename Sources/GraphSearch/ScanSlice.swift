/// One thread's share of a scan: evaluates the slots it is given, in
/// ascending order, into its own bounded results, and says when the rest of
/// its slots cannot matter.
struct ScanSlice {
  private let plan: ScanPlan
  private let bounded: Bool
  private let seeded: Bool
  private let columns: SlotColumns
  private let tieBreaks: [UInt64]
  private var admission: Admission
  private var matcher: EntityMatcher
  private var top: TopResults
  private var matches: [UInt32] = []
  /// Whether some candidate was skipped unevaluated, so `matches` is partial.
  private var skipped = false

  init(
    index: SearchIndex, query: PreparedQuery, plan: ScanPlan, bounded: Bool, seeded: Bool,
    bytes: UnsafeBufferPointer<UInt8>
  ) {
    self.plan = plan
    self.bounded = bounded
    self.seeded = seeded
    columns = index.columns
    tieBreaks = index.fields.slotTieBreaks
    admission = Admission(fields: index.fields)
    matcher = EntityMatcher(index: index, query: query, bytes: bytes)
    top = TopResults(capacity: plan.limit)
  }

  /// Evaluates a candidate slot; false when the scan may stop here, because
  /// with a bound no entity from this slot on (no higher degree) can enter.
  /// Word-boundary and better matches are left to the seeds, when there are.
  @inline(__always)
  mutating func visit(_ slot: Int) -> Bool {
    if bounded, let threshold = top.threshold {
      if let bound = plan.bound,
        threshold.primary > bound
          || (threshold.primary == bound && threshold.secondary >> 32 > tieBreaks[slot] >> 32)
      {
        return false
      }
      let best = matcher.query.substringBound.best(slot: slot, columns: columns)
      if seeded, !admission.admits(primary: best, slot: slot, threshold: threshold) {
        skipped = true
        return true
      }
    }
    guard let candidate = matcher.evaluate(slot: slot, prefiltered: true) else { return true }
    if plan.collecting { matches.append(UInt32(slot)) }
    if !seeded || candidate.key.kind < .wordBoundary { top.insert(candidate) }
    return true
  }

  func finished(complete: Bool) -> (top: TopResults, matches: [UInt32], complete: Bool) {
    (top, matches, complete && !skipped)
  }
}

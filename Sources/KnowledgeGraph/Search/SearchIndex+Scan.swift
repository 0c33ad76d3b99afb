extension SearchIndex {
  /// Below this many entities a scan runs on the calling thread: splitting
  /// costs more than it saves.
  static let parallelScanThreshold = 20_000

  /// Evaluates every slot (in degree order), or only `plan.slots`, on
  /// names, aliases, ids and types, in parallel interleaved slices. A
  /// degree-ordered scan with a bound stops once its results are full of keys
  /// that no remaining entity can beat. Returns every match too when
  /// collecting and the scan went to the end.
  func scan(_ query: PreparedQuery, plan: ScanPlan, bytes: UnsafeBufferPointer<UInt8>) -> (
    top: TopResults, matches: [UInt32]?
  ) {
    let total = plan.slots?.count ?? graph.entityCount
    let width = total < Self.parallelScanThreshold ? 1 : ParallelWork.width
    let bound = plan.slots == nil ? plan.bound : nil
    let seeded = plan.seeds != nil
    let parts = ParallelWork.map(width) { slice in
      var matcher = EntityMatcher(index: self, query: query, bytes: bytes)
      var top = TopResults(capacity: plan.limit)
      var matches: [UInt32] = []
      var position = slice
      while position < total {
        let slot = plan.slots.map { Int($0[position]) } ?? position
        position += width
        if let bound, let threshold = top.threshold,
          threshold.primary > bound
            || (threshold.primary == bound
              && threshold.secondary >> 32 > fields.slotTieBreaks[slot] >> 32)
        {
          return (top, matches, false)
        }
        guard let candidate = matcher.evaluate(slot: slot) else { continue }
        if plan.collecting { matches.append(UInt32(slot)) }
        if !seeded || candidate.key.kind < .wordBoundary { top.insert(candidate) }
      }
      return (top, matches, true)
    }
    var top = plan.seeds ?? TopResults(capacity: plan.limit)
    for part in parts { top.merge(part.0) }
    let complete = parts.allSatisfy(\.2)
    return (top, plan.collecting && complete ? parts.flatMap(\.1) : nil)
  }

  /// Adds entities that match only with the help of their description, below
  /// every other match, through the description index.
  ///
  /// Candidates are the entities posted for some query word; one is evaluated
  /// in full only if each clause could hold: posted for that clause, or
  /// having the characters to match it elsewhere.
  func addDescriptionMatches(
    _ query: PreparedQuery, to top: inout TopResults, bytes: UnsafeBufferPointer<UInt8>
  ) {
    let clauses = query.query.clauses
    let descriptions = pendingDescriptions.value
    var posted = clauses.map { _ in EntitySet?.none }
    var candidates = EntitySet(count: graph.entityCount)
    for (clause, terms) in clauses.enumerated() {
      for term in terms where term.searchesDescriptions {
        var set = posted[clause] ?? EntitySet(count: graph.entityCount)
        for posting in descriptions.candidates(for: term.text) {
          let slot = Int(fields.slots[Int(descriptions.postings[posting])])
          _ = set.insert(slot)
          _ = candidates.insert(slot)
        }
        posted[clause] = set
      }
    }
    let slots = candidates.members.filter { slot in
      clauses.indices.allSatisfy { clause in
        posted[clause]?.contains(Int(slot)) == true || clauses[clause].count > 1
          || clauses[clause][0].isNegated
          || fields.slotMasks[Int(slot)] & clauses[clause][0].mask == clauses[clause][0].mask
      }
    }
    let width = slots.count < Self.parallelScanThreshold ? 1 : ParallelWork.width
    let slices = ParallelWork.ranges(of: slots.count, count: width)
    let limit = top.capacity
    let parts = ParallelWork.map(slices.count) { slice in
      var matcher = EntityMatcher(index: self, query: query, bytes: bytes)
      var found = TopResults(capacity: limit)
      for position in slices[slice] {
        guard
          let candidate = matcher.evaluate(slot: Int(slots[position]), readingDescriptions: true),
          candidate.key.kind == .description
        else { continue }
        found.insert(candidate)
      }
      return found
    }
    for part in parts { top.merge(part) }
  }
}

import Parallel

extension SearchIndex {
  /// Below this many entities a scan runs on the calling thread: splitting
  /// costs more than it saves.
  static let parallelScanThreshold = 20_000

  /// Evaluates the query's candidate slots (see `QueryCandidates`),
  /// all or only those in `plan.slots` (ascending), on names, aliases, ids
  /// and types. Candidates that can match every clause contiguously come
  /// first, with bounds that let the scan skip or stop; the rest can only
  /// match scattered or by type, so they are read only when the first ones
  /// leave the results short of substring matches. Returns every match too
  /// when collecting and every candidate was evaluated.
  func scan(
    _ query: PreparedQuery, plan: ScanPlan, candidates: QueryCandidates,
    bytes: UnsafeBufferPointer<UInt8>
  ) -> (top: TopResults, matches: [UInt32]?) {
    let first = scan(
      query, plan: plan, candidates: candidates.contiguous, bounded: true, seeds: plan.seeds,
      bytes: bytes)
    guard let rest = candidates.scattered, first.top.threshold.map({ $0.kind < .substring }) ?? true
    else {
      return (first.top, candidates.scattered == nil ? first.matches : nil)
    }
    let second = scan(
      query, plan: plan, candidates: rest, bounded: false, seeds: first.top, bytes: bytes)
    guard let firstMatches = first.matches, let secondMatches = second.matches else {
      return (second.top, nil)
    }
    return (second.top, SortedMerge.merged([firstMatches, secondMatches]))
  }

  /// Evaluates candidates in slot (degree) order, in parallel interleaved
  /// slices; `bounded` lets a slice skip a candidate whose best key cannot
  /// enter its results and stop when no later one can.
  private func scan(
    _ query: PreparedQuery, plan: ScanPlan, candidates: EntitySet, bounded: Bool,
    seeds: TopResults?, bytes: UnsafeBufferPointer<UInt8>
  ) -> (top: TopResults, matches: [UInt32]?) {
    let total = plan.slots?.count ?? graph.entityCount
    let width = total < Self.parallelScanThreshold ? 1 : ParallelWork.width
    let parts = ParallelWork.map(width) { slice in
      var run = ScanSlice(
        index: self, query: query, plan: plan, bounded: bounded, seeded: plan.seeds != nil,
        bytes: bytes)
      if let slots = plan.slots {
        var position = slice
        while position < slots.count {
          let slot = Int(slots[position])
          position += width
          if candidates.contains(slot), !run.visit(slot) { return run.finished(complete: false) }
        }
        return run.finished(complete: true)
      }
      let complete = candidates.words.withUnsafeBufferPointer { words in
        var word = slice
        while word < words.count {
          var bits = words[word]
          while bits != 0 {
            if !run.visit(word << 6 | bits.trailingZeroBitCount) { return false }
            bits &= bits - 1
          }
          word += width
        }
        return true
      }
      return run.finished(complete: complete)
    }
    var top = seeds ?? TopResults(capacity: plan.limit)
    for part in parts { top.merge(part.top) }
    let complete = plan.collecting && parts.allSatisfy(\.complete)
    return (top, complete ? SortedMerge.merged(parts.map(\.matches)) : nil)
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

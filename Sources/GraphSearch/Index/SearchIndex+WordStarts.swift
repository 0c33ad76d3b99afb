extension SearchIndex {
  /// The best matches of exact, prefix or word-boundary kind: every such
  /// match begins at a posting of the word-start index (a word start or a
  /// field start), so the postings of one term list all candidates, and
  /// only slots among `candidates` (those that can match every clause
  /// contiguously) are worth reading. When they
  /// fill the results, nothing else can enter; otherwise they are all of them.
  /// Nil when no term can drive the lookup.
  ///
  /// Postings are visited in slot (degree) order, and once the results are
  /// full a posting is skipped unless the best key it could give (from its
  /// place in the field, the best score at a word start, and its entity's
  /// degree) beats the worst kept one, so most postings cost a few loads.
  func rankByWordStarts(
    _ query: PreparedQuery, limit: Int, candidates: EntitySet, bytes: UnsafeBufferPointer<UInt8>
  ) -> TopResults? {
    let clauses = query.query.clauses
    let drivers = clauses.indices.filter { clauses[$0].count == 1 && !clauses[$0][0].isNegated }
    guard
      let driver = drivers.min(by: {
        wordStarts.postingCount(for: clauses[$0][0].text)
          < wordStarts.postingCount(for: clauses[$1][0].text)
      })
    else { return nil }
    return clauses.count == 1
      ? rankSingleTerm(query, limit: limit, candidates: candidates, bytes: bytes)
      : rankByDriver(query, clause: driver, limit: limit, candidates: candidates, bytes: bytes)
  }

  /// One positive term: each posting gives its match kind and score directly.
  private func rankSingleTerm(
    _ query: PreparedQuery, limit: Int, candidates: EntitySet, bytes: UnsafeBufferPointer<UInt8>
  ) -> TopResults {
    let term = query.query.clauses[0][0]
    let best = query.bestScoreAtWordStarts
    var top = TopResults(capacity: limit)
    var admission = Admission(fields: fields)
    term.text.withUnsafeBufferPointer { text in
      forEachPosting(
        startingWith: term.text,
        best: { group, key in
          RankKey.primary(
            kind: group.bestKind(forLength: text.count, key: key), score: best,
            preference: group.preference)
        }, threshold: { top.threshold }
      ) { place in
        guard candidates.contains(place.slot), let bestKind = place.bestKind(forLength: text.count),
          admission.admits(
            primary: RankKey.primary(kind: bestKind, score: best, preference: place.preference),
            slot: place.slot, threshold: top.threshold)
        else { return }
        let field = place.field(in: fields)
        let bounds = Int(fields.fieldStarts[field])..<Int(fields.fieldStarts[field + 1])
        guard place.holds(term.anchor, text: text, bounds: bounds, bytes: bytes) else { return }
        if let allowed = query.allowedTypes, !allowed[Int(fields.slotTypes[place.slot])] { return }
        let start = place.offset - bounds.lowerBound
        let score = MatchScoring.score(
          field: UnsafeBufferPointer(rebasing: bytes[bounds]), positions: start..<start + text.count
        )
        let key = RankKey(
          kind: place.kind(forLength: text.count, bounds: bounds), score: score,
          preference: place.preference, tieBreak: fields.slotTieBreaks[place.slot],
          entity: fields.order[place.slot])
        top.insertReplacing(RankedCandidate(key: key, field: Int32(field)))
      }
    }
    return top
  }

  /// Several clauses: the entities at the postings of the rarest term are
  /// evaluated in full; only matches of word-boundary kind or better count.
  /// Entities equal to the whole phrase are found first, since the phrase
  /// can rank one exact whatever its words do.
  private func rankByDriver(
    _ query: PreparedQuery, clause: Int, limit: Int, candidates: EntitySet,
    bytes: UnsafeBufferPointer<UInt8>
  ) -> TopResults {
    var top = TopResults(capacity: limit)
    var matcher = EntityMatcher(index: self, query: query, bytes: bytes)
    var seen = EntitySet(count: graph.entityCount)
    func evaluate(_ slot: Int) {
      guard seen.insert(slot), let candidate = matcher.evaluate(slot: slot),
        candidate.key.kind >= .wordBoundary
      else { return }
      top.insert(candidate)
    }
    if let phrase = query.phrase {
      phrase.withUnsafeBufferPointer { text in
        forEachPosting(startingWith: phrase) { place in
          guard place.bestKind(forLength: text.count) == .exact,
            place.holds(.whole, text: text, bounds: place.bounds(in: fields), bytes: bytes)
          else { return }
          evaluate(place.slot)
        }
      }
    }
    let term = query.query.clauses[clause][0]
    let others = WordStartBounds(query: query, skipping: clause)
    let columns = self.columns
    let best = query.bestScoreAtWordStarts
    // An entity reports its first clause's best hit, so when the driver is
    // that clause, the field of its best posting bounds the preference too.
    let reportsDriver = clause == 0
    var admission = Admission(fields: fields)
    term.text.withUnsafeBufferPointer { text in
      forEachPosting(
        startingWith: term.text,
        best: { group, key in
          RankKey.primary(
            kind: group.bestKind(forLength: text.count, key: key), score: best,
            preference: reportsDriver ? group.preference : 3)
        }, threshold: { top.threshold }
      ) { place in
        let preference = reportsDriver ? place.preference : 3
        guard candidates.contains(place.slot), !seen.contains(place.slot),
          let kind = place.bestKind(forLength: text.count)
        else {
          return
        }
        if let threshold = top.threshold {
          guard
            admission.admits(
              primary: RankKey.primary(kind: kind, score: best, preference: preference),
              slot: place.slot, threshold: threshold),
            let othersKind = others.bestKind(slot: place.slot, columns: columns),
            admission.admits(
              primary: RankKey.primary(
                kind: min(kind, othersKind), score: best, preference: preference),
              slot: place.slot, threshold: threshold)
          else { return }
        }
        guard place.holds(term.anchor, text: text, bounds: place.bounds(in: fields), bytes: bytes)
        else { return }
        evaluate(place.slot)
      }
    }
    return top
  }

  /// Calls `body` for each posting whose place starts with the first one or
  /// two bytes of `text`, group by group (see `WordStartGroup`). A bucket, or
  /// the rest of one, is skipped once even `best(group, key)`, the best
  /// primary key its postings can give, cannot beat `threshold()` at their
  /// degree.
  private func forEachPosting(
    startingWith text: [UInt8], best: (WordStartGroup, Int) -> UInt64 = { _, _ in .max },
    threshold: () -> RankKey? = { nil }, _ body: (WordStartPlace) -> Void
  ) {
    let bucketStarts = wordStarts.bucketStarts
    let postingOffsets = wordStarts.postingOffsets
    let postingSlots = wordStarts.postingSlots
    let postingMeta = wordStarts.postingMeta
    var admission = Admission(fields: fields)
    for group in wordStarts.groups(for: text) {
      for key in group.keys where bucketStarts[key] < bucketStarts[key + 1] {
        let bestPrimary = best(group, key)
        for posting in Int(bucketStarts[key])..<Int(bucketStarts[key + 1]) {
          let slot = Int(postingSlots[posting])
          if let threshold = threshold(),
            admission.excludes(from: slot, primary: bestPrimary, threshold: threshold)
          {
            break
          }
          body(
            WordStartPlace(
              offset: Int(postingOffsets[posting]), slot: slot, meta: postingMeta[posting]))
        }
      }
    }
  }
}

extension SearchIndex {
  /// The best matches of exact, prefix or word-boundary kind: every such
  /// match begins at a posting of the word-start index (a word start or a
  /// field start), so the postings of one term list all candidates. When they
  /// fill the results, nothing else can enter; otherwise they are all of them.
  /// Nil when no term can drive the lookup.
  ///
  /// Postings are visited in slot (degree) order, and once the results are
  /// full a posting is skipped unless the best key it could give (from its
  /// place in the field, the best score at a word start, and its entity's
  /// degree) beats the worst kept one, so most postings cost a few loads.
  func rankByWordStarts(
    _ query: PreparedQuery, limit: Int, bytes: UnsafeBufferPointer<UInt8>
  ) -> TopResults? {
    let clauses = query.query.clauses
    let drivers = clauses.indices.filter { clauses[$0].count == 1 && !clauses[$0][0].isNegated }
    guard
      let driver = drivers.min(by: {
        wordStarts.candidates(for: clauses[$0][0].text).count
          < wordStarts.candidates(for: clauses[$1][0].text).count
      })
    else { return nil }
    return clauses.count == 1
      ? rankSingleTerm(query, limit: limit, bytes: bytes)
      : rankByDriver(query, clause: driver, limit: limit, bytes: bytes)
  }

  /// One positive term: each posting gives its match kind and score directly.
  private func rankSingleTerm(
    _ query: PreparedQuery, limit: Int, bytes: UnsafeBufferPointer<UInt8>
  ) -> TopResults {
    let term = query.query.clauses[0][0]
    var top = TopResults(capacity: limit)
    term.text.withUnsafeBufferPointer { text in
      forEachPosting(startingWith: term.text) { place in
        let slot = Int(fields.fieldSlots[place.field])
        let kind = place.kind(forLength: text.count)
        if let threshold = top.threshold,
          !(threshold < bestKey(kind: kind, score: query.bestScoreAtWordStarts, slot: slot))
        {
          return
        }
        guard place.holds(term.anchor, text: text, bytes: bytes) else { return }
        if let allowed = query.allowedTypes, !allowed[Int(fields.slotTypes[slot])] { return }
        let content = UnsafeBufferPointer(rebasing: bytes[place.start..<place.end])
        let start = place.offset - place.start
        let score = MatchScoring.score(field: content, positions: start..<start + text.count)
        let key = RankKey(
          kind: kind, score: score,
          preference: fields.preference(ofField: place.field, slot: slot),
          tieBreak: fields.slotTieBreaks[slot], entity: fields.order[slot])
        top.insertReplacing(RankedCandidate(key: key, field: Int32(place.field)))
      }
    }
    return top
  }

  /// Several clauses: the entities at the postings of the rarest term are
  /// evaluated in full; only matches of word-boundary kind or better count.
  /// Entities equal to the whole phrase are found first, since the phrase
  /// can rank one exact whatever its words do.
  private func rankByDriver(
    _ query: PreparedQuery, clause: Int, limit: Int, bytes: UnsafeBufferPointer<UInt8>
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
          guard place.holds(.whole, text: text, bytes: bytes) else { return }
          evaluate(Int(fields.fieldSlots[place.field]))
        }
      }
    }
    let term = query.query.clauses[clause][0]
    let others = WordStartBounds(query: query, skipping: clause)
    term.text.withUnsafeBufferPointer { text in
      forEachPosting(startingWith: term.text) { place in
        let slot = Int(fields.fieldSlots[place.field])
        guard !seen.contains(slot) else { return }
        if let threshold = top.threshold {
          guard let othersKind = others.bestKind(slot: slot, fields: fields, bytes: bytes) else {
            return
          }
          let kind = min(othersKind, place.kind(forLength: text.count))
          guard threshold < bestKey(kind: kind, score: query.bestScoreAtWordStarts, slot: slot)
          else { return }
        }
        guard place.holds(term.anchor, text: text, bytes: bytes) else { return }
        evaluate(slot)
      }
    }
    return top
  }

  /// The best key the entity in `slot` can get with a match of at most this
  /// kind and score.
  @inline(__always)
  private func bestKey(kind: MatchKind, score: Int32, slot: Int) -> RankKey {
    RankKey(
      kind: kind, score: score, preference: 3,
      tieBreak: fields.slotTieBreaks[slot], entity: fields.order[slot])
  }

  /// Calls `body` for each posting whose place starts with the first one or
  /// two bytes of `text`, in slot order within each two-byte bucket.
  private func forEachPosting(startingWith text: [UInt8], _ body: (WordStartPlace) -> Void) {
    let postingFields = wordStarts.postingFields
    let postingOffsets = wordStarts.postingOffsets
    let fieldStarts = fields.fieldStarts
    for posting in wordStarts.candidates(for: text) {
      let field = Int(postingFields[posting])
      body(
        WordStartPlace(
          field: field, offset: Int(postingOffsets[posting]), start: Int(fieldStarts[field]),
          end: Int(fieldStarts[field + 1])))
    }
  }
}

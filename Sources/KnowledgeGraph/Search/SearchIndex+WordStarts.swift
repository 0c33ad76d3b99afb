extension SearchIndex {
  /// The best matches of exact, prefix or word-boundary kind: every such
  /// match begins at a posting of the word-start index, so the postings of one
  /// term list all candidates. When they fill the results, nothing else can
  /// enter; otherwise they are all of them. Nil when no term can drive the lookup.
  func rankByWordStarts(
    _ query: PreparedQuery, limit: Int, bytes: UnsafeBufferPointer<UInt8>
  ) -> TopResults? {
    let clauses = query.query.clauses
    let drivers = clauses.indices.filter { clause in
      clauses[clause].count == 1 && !clauses[clause][0].isNegated
        && ByteClass(clauses[clause][0].text[0]).isWord
    }
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
      forEachOccurrence(of: term, text: text, bytes: bytes) { field, start in
        let slot = Int(fields.fieldSlots[field])
        if let allowed = query.allowedTypes, !allowed[Int(fields.slotTypes[slot])] { return }
        let content = UnsafeBufferPointer(
          rebasing: bytes[Int(fields.fieldStarts[field])..<Int(fields.fieldStarts[field + 1])])
        let kind: MatchKind =
          start == 0 ? (text.count == content.count ? .exact : .prefix) : .wordBoundary
        if let threshold = top.threshold, kind < threshold.kind { return }
        let score = MatchScoring.score(field: content, positions: start..<start + text.count)
        let key = RankKey(
          kind: kind, score: score, preference: fields.preference(ofField: field, slot: slot),
          tieBreak: fields.slotTieBreaks[slot], entity: fields.order[slot])
        top.insertReplacing(RankedCandidate(key: key, field: Int32(field)))
      }
    }
    return top
  }

  /// Several clauses: the entities at the postings of the rarest term are
  /// evaluated in full; only matches of word-boundary kind or better count.
  private func rankByDriver(
    _ query: PreparedQuery, clause: Int, limit: Int, bytes: UnsafeBufferPointer<UInt8>
  ) -> TopResults {
    let term = query.query.clauses[clause][0]
    var top = TopResults(capacity: limit)
    var matcher = EntityMatcher(index: self, query: query, bytes: bytes)
    var seen = EntitySet(count: graph.entityCount)
    term.text.withUnsafeBufferPointer { text in
      forEachOccurrence(of: term, text: text, bytes: bytes) { field, _ in
        let slot = Int(fields.fieldSlots[field])
        guard seen.insert(slot), let candidate = matcher.evaluate(slot: slot),
          candidate.key.kind >= .wordBoundary
        else { return }
        top.insert(candidate)
      }
    }
    return top
  }

  /// Calls `body(field, offsetInField)` for each posting where `term` occurs
  /// as its anchor allows.
  private func forEachOccurrence(
    of term: QueryTerm, text: UnsafeBufferPointer<UInt8>, bytes: UnsafeBufferPointer<UInt8>,
    _ body: (Int, Int) -> Void
  ) {
    let postingFields = wordStarts.postingFields
    let postingOffsets = wordStarts.postingOffsets
    let fieldStarts = fields.fieldStarts
    for posting in wordStarts.candidates(for: term.text) {
      let field = Int(postingFields[posting])
      let offset = Int(postingOffsets[posting])
      let fieldStart = Int(fieldStarts[field])
      let fieldEnd = Int(fieldStarts[field + 1])
      guard offset + text.count <= fieldEnd, TermMatcher.matches(text, in: bytes, at: offset) else {
        continue
      }
      switch term.anchor {
      case .fuzzy, .substring: break
      case .prefix: if offset != fieldStart { continue }
      case .suffix: if offset + text.count != fieldEnd { continue }
      case .whole: if offset != fieldStart || offset + text.count != fieldEnd { continue }
      }
      body(field, offset - fieldStart)
    }
  }
}

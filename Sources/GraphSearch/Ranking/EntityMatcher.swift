import KnowledgeGraph

/// Evaluates one prepared query against single entities, given by slot (see
/// `FoldedFields`): whether each clause matches, how well, in which field, and
/// the entity's resulting rank key.
///
/// A matcher holds scratch space for folding descriptions, so each thread of
/// a scan uses its own copy.
struct EntityMatcher {
  let query: PreparedQuery
  let fields: FoldedFields
  /// `fields.bytes`, lent for the duration of one search.
  let bytes: UnsafeBufferPointer<UInt8>
  let graph: Graph
  private let columns: SlotColumns
  private var folder = TextFolder()
  private var scratch: [UInt8] = []
  private var scratchEntity = -1

  init(index: SearchIndex, query: PreparedQuery, bytes: UnsafeBufferPointer<UInt8>) {
    self.query = query
    self.fields = index.fields
    self.bytes = bytes
    self.graph = index.graph
    self.columns = index.columns
  }

  /// The entity's rank, or nil when it does not match. Descriptions are read
  /// only when `readingDescriptions`, for terms no other field matches.
  /// `prefiltered` skips the mask and pair tests for a slot taken from
  /// `SlotColumns.candidates`, which already passed them.
  mutating func evaluate(
    slot: Int, readingDescriptions: Bool = false, prefiltered: Bool = false
  ) -> RankedCandidate? {
    if let allowed = query.allowedTypes, !allowed[Int(fields.slotTypes[slot])] { return nil }
    let required = query.requiredMask
    if !readingDescriptions, !prefiltered {
      guard fields.slotMasks[slot] & required == required,
        columns.passes(query.pairRequirements, slot: slot)
      else { return nil }
    }
    var kind: MatchKind?
    var score: Int32 = 0
    var reported: FieldHit?
    for clause in query.query.clauses.indices {
      guard
        let outcome = evaluate(clause: clause, slot: slot, readingDescriptions: readingDescriptions)
      else { return nil }
      guard let hit = outcome else { continue }
      kind = min(kind ?? hit.kind, hit.kind)
      score += hit.match.score
      if reported == nil { reported = hit }
    }
    if let exact = phraseHit(slot: slot) {
      kind = .exact
      score = exact.match.score
      reported = exact
    }
    let field =
      reported?.field
      ?? (query.allowedTypes == nil ? RankedCandidate.noField : RankedCandidate.typeField)
    let key = RankKey(
      kind: kind ?? .filter, score: score, preference: reported?.preference ?? 0,
      tieBreak: fields.slotTieBreaks[slot], entity: fields.order[slot])
    return RankedCandidate(key: key, field: field)
  }

  /// The best hit of a clause: nil when it fails, `.some(nil)` when it holds
  /// only because a negated term is absent.
  mutating func evaluate(clause: Int, slot: Int, readingDescriptions: Bool) -> FieldHit?? {
    var best: FieldHit?
    var holdsByAbsence = false
    for (position, term) in query.query.clauses[clause].enumerated() {
      if term.isNegated {
        if !matchesAnywhere(term, clause: clause, position: position, slot: slot) {
          holdsByAbsence = true
        }
        continue
      }
      let hit = bestHit(
        term, clause: clause, position: position, slot: slot,
        readingDescriptions: readingDescriptions
      ).map {
        FieldHit(match: $0.match, field: $0.field, preference: $0.preference, term: position)
      }
      if let hit, best.map({ hit.isBetter(than: $0) }) ?? true { best = hit }
    }
    if let best { return .some(best) }
    return holdsByAbsence ? .some(nil) : nil
  }

  /// The best match of one positive term on the entity's fields, its type, or its description.
  mutating func bestHit(
    _ term: QueryTerm, clause: Int, position: Int, slot: Int, readingDescriptions: Bool
  ) -> FieldHit? {
    var best: FieldHit?
    let scattered = term.allowsScatteredMatch
    let fieldRange = fields.fields(ofSlot: slot)
    term.text.withUnsafeBufferPointer { text in
      for field in fieldRange where fields.fieldMasks[field] & term.mask == term.mask {
        let content = self.content(ofField: field)
        guard
          let found = TermMatcher.match(
            text, anchor: term.anchor, scattered: scattered, in: content)
        else { continue }
        let hit = FieldHit(
          match: found, field: Int32(field),
          preference: fields.preference(ofField: field, slot: slot))
        if best.map({ hit.isBetter(than: $0) }) ?? true { best = hit }
      }
    }
    if best != nil { return best }
    if let type = query.typeMatches[clause][position][Int(fields.slotTypes[slot])] {
      return FieldHit(match: type, field: RankedCandidate.typeField, preference: 0)
    }
    guard readingDescriptions, term.searchesDescriptions,
      let offset = descriptionWord(term, entity: Int(fields.order[slot]))
    else { return nil }
    let found = FieldMatch(
      kind: .description, score: MatchScoring.match * Int32(term.text.count),
      start: Int32(offset), end: Int32(offset + term.text.count))
    return FieldHit(match: found, field: RankedCandidate.descriptionField, preference: 0)
  }

  /// The folded bytes of one field.
  @inline(__always)
  func content(ofField field: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(
      rebasing: bytes[Int(fields.fieldStarts[field])..<Int(fields.fieldStarts[field + 1])])
  }

  /// The folded-byte offset of the first description word the term matches.
  mutating func descriptionWord(_ term: QueryTerm, entity: Int) -> Int? {
    let ref = graph.entities.descriptions[entity]
    guard !ref.isEmpty else { return nil }
    if scratchEntity != entity {
      scratch.removeAll(keepingCapacity: true)
      graph.strings.withBytes(of: ref) { folder.append(utf8: $0, to: &scratch) }
      scratchEntity = entity
    }
    return term.text.withUnsafeBufferPointer { text in
      scratch.withUnsafeBufferPointer { DescriptionIndex.firstWord(matching: text, in: $0) }
    }
  }

  private func matchesAnywhere(_ term: QueryTerm, clause: Int, position: Int, slot: Int) -> Bool {
    if query.typeMatches[clause][position][Int(fields.slotTypes[slot])] != nil { return true }
    let fieldRange = fields.fields(ofSlot: slot)
    return term.text.withUnsafeBufferPointer { text in
      fieldRange.contains { field in
        fields.fieldMasks[field] & term.mask == term.mask
          && TermMatcher.match(
            text, anchor: term.anchor, scattered: false, in: content(ofField: field))
            != nil
      }
    }
  }

  /// An exact match of the whole multi-word query on one field, name first.
  private func phraseHit(slot: Int) -> FieldHit? {
    guard let phrase = query.phrase else { return nil }
    let fieldRange = fields.fields(ofSlot: slot)
    return phrase.withUnsafeBufferPointer { text in
      for field in fieldRange {
        let content = self.content(ofField: field)
        guard content.count == text.count, TermMatcher.matches(text, in: content, at: 0) else {
          continue
        }
        let score = MatchScoring.score(field: content, positions: 0..<content.count)
        let found = FieldMatch(kind: .exact, score: score, start: 0, end: Int32(content.count))
        return FieldHit(
          match: found, field: Int32(field),
          preference: fields.preference(ofField: field, slot: slot))
      }
      return nil
    }
  }
}

import KnowledgeGraph

extension SearchIndex {
  /// Turns ranked candidates into results, finding the matched characters
  /// again for highlighting; this is done only for the few results shown.
  func results(for candidates: [RankedCandidate], of query: PreparedQuery) -> [SearchResult] {
    fields.bytes.withUnsafeBufferPointer { bytes in
      var matcher = EntityMatcher(index: self, query: query, bytes: bytes)
      var folder = TextFolder()
      return candidates.map { result(for: $0, query: query, matcher: &matcher, folder: &folder) }
    }
  }

  private func result(
    for candidate: RankedCandidate, query: PreparedQuery, matcher: inout EntityMatcher,
    folder: inout TextFolder
  ) -> SearchResult {
    let entity = Int(candidate.key.entity)
    let kind = candidate.key.kind
    let (field, text) = matchedText(of: candidate)
    let folded = folder.foldWithCharacterOffsets(text)
    var offsets: [Int] = []
    if candidate.field >= 0, let phrase = query.phrase, folded.bytes == phrase {
      offsets = folded.bytes.indices.filter { folded.bytes[$0] != 0x20 }
    } else {
      offsets = matchedOffsets(
        of: candidate, in: folded.bytes, query: query, matcher: &matcher,
        readingDescriptions: kind == .description)
    }
    var positions = offsets.compactMap {
      $0 < folded.characters.count ? folded.characters[$0] : nil
    }
    positions = Array(Set(positions)).sorted()
    return SearchResult(
      entity: EntityIndex(entity), score: kind.rawValue * 1_000_000 + Int(candidate.key.score),
      field: field, matchedText: text, positions: positions, kind: kind)
  }

  /// The field a candidate reports and its stored text.
  private func matchedText(of candidate: RankedCandidate) -> (MatchedField, String) {
    let entity = EntityIndex(Int(candidate.key.entity))
    switch candidate.field {
    case RankedCandidate.typeField: return (.type, graph.type(of: entity))
    case RankedCandidate.descriptionField:
      return (.description, graph.description(of: entity) ?? "")
    case RankedCandidate.noField: return (.name, graph.name(of: entity))
    default:
      let field = fields.matchedField(
        Int(candidate.field), slot: Int(fields.slots[entity.position]))
      switch field {
      case .alias(let position): return (field, graph.aliases(of: entity)[position])
      case .id: return (field, graph.id(of: entity))
      default: return (.name, graph.name(of: entity))
      }
    }
  }

  /// Folded byte offsets matched in the reported field by every clause whose
  /// best match is in that field.
  private func matchedOffsets(
    of candidate: RankedCandidate, in folded: [UInt8], query: PreparedQuery,
    matcher: inout EntityMatcher, readingDescriptions: Bool
  ) -> [Int] {
    let slot = Int(fields.slots[Int(candidate.key.entity)])
    var offsets: [Int] = []
    for clause in query.query.clauses.indices {
      guard
        let outcome = matcher.evaluate(
          clause: clause, slot: slot, readingDescriptions: readingDescriptions),
        let hit = outcome, hit.field == candidate.field
      else { continue }
      let term = query.query.clauses[clause][hit.term].text
      switch candidate.field {
      case RankedCandidate.typeField, RankedCandidate.descriptionField:
        offsets += Int(hit.match.start)..<Int(hit.match.end)
      default:
        offsets += term.withUnsafeBufferPointer { text in
          TermMatcher.positions(
            text, in: matcher.content(ofField: Int(hit.field)), match: hit.match)
        }
      }
    }
    if candidate.field == RankedCandidate.typeField, offsets.isEmpty,
      let prefix = query.query.typePrefixes.first(where: { folded.starts(with: $0) })
    {
      offsets = Array(0..<prefix.count)
    }
    return offsets
  }
}

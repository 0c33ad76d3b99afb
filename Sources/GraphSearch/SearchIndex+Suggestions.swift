import KnowledgeGraph

extension SearchIndex {
  /// Entities whose name or an alias is closest to the query by edit distance,
  /// closest first (then higher degree, shorter name), for "did you mean".
  ///
  /// The allowed distance grows with the query (1 up to 3), as in
  /// `EditDistance.closest`. Lengths and character masks rule out most names
  /// before any distance is computed: one edit changes at most two mask bits.
  public func suggestions(for query: String, limit: Int) -> [EntityIndex] {
    let words = SearchQueryParser.parse(query).clauses.joined().filter { !$0.isNegated }.map(\.text)
    guard limit > 0, !words.isEmpty else { return [] }
    let target = Array(words.joined(separator: [0x20]))
    let targetText = String(decoding: target, as: UTF8.self)
    let allowed = max(1, min(3, targetText.unicodeScalars.count / 3))
    let targetMask = CharacterMask.of(target)
    var best: [Int: Int] = [:]
    fields.bytes.withUnsafeBufferPointer { bytes in
      for slot in 0..<graph.entityCount {
        let fieldRange = fields.fields(ofSlot: slot)
        for field in fieldRange.dropLast() {
          let start = Int(fields.fieldStarts[field])
          let length = Int(fields.fieldStarts[field + 1]) - start
          guard abs(length - target.count) <= 4 * allowed,
            (fields.fieldMasks[field] ^ targetMask).nonzeroBitCount <= 2 * allowed
          else { continue }
          let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<start + length]), as: UTF8.self)
          guard let distance = EditDistance.distance(targetText, text, limit: allowed) else {
            continue
          }
          best[slot] = min(best[slot] ?? distance, distance)
        }
      }
    }
    return best.sorted { lhs, rhs in
      if lhs.value != rhs.value { return lhs.value < rhs.value }
      let tieBreaks = (fields.slotTieBreaks[lhs.key], fields.slotTieBreaks[rhs.key])
      if tieBreaks.0 != tieBreaks.1 { return tieBreaks.0 > tieBreaks.1 }
      return fields.order[lhs.key] < fields.order[rhs.key]
    }.prefix(limit).map { EntityIndex(fields.order[$0.key]) }
  }
}

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
      for entity in 0..<graph.entityCount {
        let first = Int(fields.entityFieldStarts[entity])
        let last = Int(fields.entityFieldStarts[entity + 1]) - 1
        for field in first..<last {
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
          best[entity] = min(best[entity] ?? distance, distance)
        }
      }
    }
    return best.sorted { lhs, rhs in
      if lhs.value != rhs.value { return lhs.value < rhs.value }
      if tieBreaks[lhs.key] != tieBreaks[rhs.key] { return tieBreaks[lhs.key] > tieBreaks[rhs.key] }
      return lhs.key < rhs.key
    }.prefix(limit).map { EntityIndex($0.key) }
  }
}

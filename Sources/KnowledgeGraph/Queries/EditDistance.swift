/// Bounded edit distance for "did you mean" suggestions on names, aliases and ids.
public enum EditDistance {
  /// The Levenshtein distance between `lhs` and `rhs` compared case-insensitively
  /// by Unicode scalar, or nil once it must exceed `limit`, so scanning a large
  /// vocabulary stays cheap.
  public static func distance(_ lhs: String, _ rhs: String, limit: Int) -> Int? {
    let source = Array(lhs.lowercased().unicodeScalars)
    let target = Array(rhs.lowercased().unicodeScalars)
    guard abs(source.count - target.count) <= limit else { return nil }
    var previous = Array(0...target.count)
    var current = Array(repeating: 0, count: target.count + 1)
    for (row, sourceScalar) in source.enumerated() {
      current[0] = row + 1
      var rowMinimum = current[0]
      for (column, targetScalar) in target.enumerated() {
        let substitution = previous[column] + (sourceScalar == targetScalar ? 0 : 1)
        current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
        rowMinimum = min(rowMinimum, current[column + 1])
      }
      guard rowMinimum <= limit else { return nil }
      swap(&previous, &current)
    }
    return previous[target.count] <= limit ? previous[target.count] : nil
  }

  /// The candidates closest to `word`, best first, within a limit that grows with its length.
  public static func closest<Candidates: Sequence<String>>(
    to word: String, in candidates: Candidates, count: Int = 3
  ) -> [String] {
    let limit = max(1, min(3, word.count / 3))
    var scored: [(distance: Int, candidate: String)] = []
    for candidate in candidates {
      if let distance = distance(word, candidate, limit: limit) {
        scored.append((distance, candidate))
      }
    }
    return scored.sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
      .prefix(count).map(\.candidate)
  }
}

/// The slots worth evaluating for one query, from `SlotColumns`: those that
/// can match every clause contiguously (the only ones that can rank substring
/// or better), and those that can match only scattered or by type.
struct QueryCandidates {
  let contiguous: EntitySet
  /// Nil when the query needs no grams, so every candidate is in `contiguous`.
  let scattered: EntitySet?

  init(_ query: PreparedQuery, columns: SlotColumns) {
    let all = columns.candidates(for: query)
    let grams = query.substringBound.gramColumns
    if grams.isEmpty {
      contiguous = all
      scattered = nil
    } else {
      (contiguous, scattered) = columns.split(all, by: grams)
    }
  }
}

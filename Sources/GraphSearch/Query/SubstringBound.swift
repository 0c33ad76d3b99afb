/// What an entity needs to match a query with every clause contiguous, and
/// the best key it can then reach below word-boundary kind.
///
/// A match below word-boundary kind has some clause matched inside a word,
/// scoring at most its best contiguous score there, while every other clause
/// scores at most its best anywhere, or its best inside a word when the
/// entity has no word starting with the clause's first two bytes.
struct SubstringBound: Sendable {
  /// `SlotColumns` gram columns every contiguous match of the query needs.
  let gramColumns: [Int]
  /// The bound over all entities, as a primary rank key.
  let best: UInt64
  private let clauses: [Clause]

  private struct Clause: Sendable {
    let inside: Int32
    let anywhere: Int32
    /// The columns telling whether the clause can start a field or a word;
    /// nil when unknown.
    let startColumns: (field: Int, word: Int)?
  }

  init(_ query: SearchQuery) {
    var gramColumns: [Int] = []
    var clauses: [Clause] = []
    for clause in query.clauses {
      let positive = clause.filter { !$0.isNegated }
      guard !positive.isEmpty else { continue }
      let inside = positive.map { PreparedQuery.bestInsideWord($0.text) }.max()!
      let atStart = positive.map { PreparedQuery.bestAtStart($0.text) }.max()!
      var startColumns: (field: Int, word: Int)?
      if clause.count == 1 {
        let text = clause[0].text
        for gram in ContiguousSignature.grams(of: text)
        where !gramColumns.contains(SlotColumns.gramColumn(gram)) {
          gramColumns.append(SlotColumns.gramColumn(gram))
        }
        let head = Array(text.prefix(2))
        startColumns = (SlotColumns.fieldStartColumn(head), SlotColumns.wordStartColumn(head))
      }
      clauses.append(
        Clause(inside: inside, anywhere: max(inside, atStart), startColumns: startColumns))
    }
    self.gramColumns = gramColumns
    self.clauses = clauses
    let total = clauses.reduce(0) { $0 + $1.anywhere }
    let loss = clauses.map { $0.anywhere - $0.inside }.min() ?? 0
    best = RankKey.primary(kind: .substring, score: total - loss, preference: 3)
  }

  /// The best primary key the entity in `slot` can reach below word-boundary kind.
  @inline(__always)
  func best(slot: Int, columns: SlotColumns) -> UInt64 {
    var total: Int32 = 0
    var loss = Int32.max
    for clause in clauses {
      let canStart =
        clause.startColumns.map {
          columns.contains(column: $0.field, slot: slot)
            || columns.contains(column: $0.word, slot: slot)
        } ?? true
      let score = canStart ? clause.anywhere : clause.inside
      total += score
      loss = min(loss, score - clause.inside)
    }
    return RankKey.primary(
      kind: .substring, score: total - (clauses.isEmpty ? 0 : loss), preference: 3)
  }
}

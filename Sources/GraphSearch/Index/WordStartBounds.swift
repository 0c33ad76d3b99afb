/// The best kind each clause of a query, other than the one driving a
/// word-start lookup, can reach on an entity, read from the slot columns
/// instead of matching: exact or prefix needs a field starting with the
/// term's first bytes, word boundary a word starting with them.
struct WordStartBounds {
  /// For each single positive term: the columns telling whether a field,
  /// or a word, of a slot can begin with the term's first one or two bytes;
  /// no word column when the first byte cannot start a word inside a field.
  /// Clauses of other shapes are not bounded.
  private let heads: [(field: Int, word: Int?)]

  init(query: PreparedQuery, skipping driver: Int) {
    heads = query.query.clauses.indices.compactMap { clause in
      let terms = query.query.clauses[clause]
      guard clause != driver, terms.count == 1, !terms[0].isNegated else { return nil }
      let head = Array(terms[0].text.prefix(2))
      return (
        SlotColumns.fieldStartColumn(head),
        ByteClass.isWord(head[0]) ? SlotColumns.wordStartColumn(head) : nil
      )
    }
  }

  /// The best kind the entity in `slot` can match every bounded clause with
  /// at a word or field start; nil when some clause cannot match there at all.
  @inline(__always)
  func bestKind(slot: Int, columns: SlotColumns) -> MatchKind? {
    var kind = MatchKind.exact
    for head in heads where !columns.contains(column: head.field, slot: slot) {
      guard let word = head.word, columns.contains(column: word, slot: slot) else { return nil }
      kind = .wordBoundary
    }
    return kind
  }
}

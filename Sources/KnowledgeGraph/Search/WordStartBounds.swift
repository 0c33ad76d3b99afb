/// The best kind each clause of a query, other than the one driving a
/// word-start lookup, can reach on an entity, read from a few bytes instead
/// of matching: exact or prefix needs a field starting with the term's first
/// bytes, word boundary needs a word starting with its first character.
struct WordStartBounds {
  /// The first one or two bytes of each single positive term; clauses of
  /// other shapes are not bounded.
  private let heads: [[UInt8]]

  init(query: PreparedQuery, skipping driver: Int) {
    heads = query.query.clauses.indices.compactMap { clause in
      let terms = query.query.clauses[clause]
      guard clause != driver, terms.count == 1, !terms[0].isNegated else { return nil }
      return Array(terms[0].text.prefix(2))
    }
  }

  /// The best kind the entity in `slot` can match every bounded clause with
  /// at a word or field start; nil when some clause cannot match there at all.
  @inline(__always)
  func bestKind(slot: Int, fields: FoldedFields, bytes: UnsafeBufferPointer<UInt8>) -> MatchKind? {
    var kind = MatchKind.exact
    for head in heads where !fields.hasField(ofSlot: slot, startingWith: head, bytes: bytes) {
      let column = SlotColumns.startColumn(PairSignature.startBit(head[0]))
      guard ByteClass.isWord(head[0]), fields.columns.contains(column: column, slot: slot) else {
        return nil
      }
      kind = .wordBoundary
    }
    return kind
  }
}

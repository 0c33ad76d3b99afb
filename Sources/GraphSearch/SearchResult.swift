import KnowledgeGraph

/// One ranked search hit, with what matched and where, so a UI can highlight it.
public struct SearchResult: Hashable, Sendable {
  public let entity: EntityIndex
  /// Higher is better; comparable only within one query. It is the match kind
  /// times 1,000,000 plus the fzf-style score of the match, so it orders
  /// results the way they are ranked, except for degree and name-length ties.
  public let score: Int
  public let field: MatchedField
  /// The text of the matched field, as stored.
  public let matchedText: String
  /// Offsets of matched characters (`Character` positions) in `matchedText`, ascending.
  public let positions: [Int]
  /// How the query matched: exact, prefix, word boundary, ...
  public let kind: MatchKind

  public init(
    entity: EntityIndex, score: Int, field: MatchedField, matchedText: String, positions: [Int],
    kind: MatchKind = .substring
  ) {
    self.entity = entity
    self.score = score
    self.field = field
    self.matchedText = matchedText
    self.positions = positions
    self.kind = kind
  }
}

/// One ranked search hit, with what matched and where, so a UI can highlight it.
public struct SearchResult: Hashable, Sendable {
  public let entity: EntityIndex
  /// Higher is better; comparable only within one query.
  public let score: Int
  public let field: MatchedField
  /// The text of the matched field, as stored.
  public let matchedText: String
  /// Offsets of matched characters (`Character` positions) in `matchedText`.
  public let positions: [Int]

  public init(
    entity: EntityIndex, score: Int, field: MatchedField, matchedText: String, positions: [Int]
  ) {
    self.entity = entity
    self.score = score
    self.field = field
    self.matchedText = matchedText
    self.positions = positions
  }
}

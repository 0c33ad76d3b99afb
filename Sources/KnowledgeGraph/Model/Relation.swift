/// A materialized view of one stored relation, with its provenance.
public struct Relation: Hashable, Sendable {
  public let index: RelationIndex
  public let from: EntityIndex
  public let type: RelationTypeIndex
  public let to: EntityIndex
  /// The key of the source in `DatasetMetadata.sources`, when the dataset gave one.
  public let source: String?
  /// The exact supporting span of the source, when the dataset gave one.
  public let quote: String?
  public let attributes: [Attribute]

  public init(
    index: RelationIndex, from: EntityIndex, type: RelationTypeIndex, to: EntityIndex,
    source: String?, quote: String?, attributes: [Attribute]
  ) {
    self.index = index
    self.from = from
    self.type = type
    self.to = to
    self.source = source
    self.quote = quote
    self.attributes = attributes
  }
}

/// The optional provenance and attributes of a relation, stored only for relations that have them.
struct RelationDetail: Sendable {
  static let noSource = UInt16.max

  /// An index into `DatasetMetadata.sources`, or `noSource`.
  var source: UInt16
  /// Empty when the relation has no quote.
  var quote: StringRef
  /// `attributeStart..<attributeEnd` in `RelationColumns.attributes`.
  var attributeStart: UInt32
  var attributeEnd: UInt32

  /// No source, quote or attributes.
  static let empty = RelationDetail(
    source: noSource, quote: .empty, attributeStart: 0, attributeEnd: 0)

  var isEmpty: Bool { source == Self.noSource && quote.isEmpty && attributeStart == attributeEnd }
}

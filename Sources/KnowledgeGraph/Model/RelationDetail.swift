/// The optional provenance and attributes of a relation, stored only for relations that have them.
package struct RelationDetail: Sendable {
  package static let noSource = UInt16.max

  /// An index into `DatasetMetadata.sources`, or `noSource`.
  package var source: UInt16
  /// Empty when the relation has no quote.
  package var quote: StringRef
  /// `attributeStart..<attributeEnd` in `RelationColumns.attributes`.
  package var attributeStart: UInt32
  package var attributeEnd: UInt32

  package init(source: UInt16, quote: StringRef, attributeStart: UInt32, attributeEnd: UInt32) {
    self.source = source
    self.quote = quote
    self.attributeStart = attributeStart
    self.attributeEnd = attributeEnd
  }

  /// No source, quote or attributes.
  package static let empty = RelationDetail(
    source: noSource, quote: .empty, attributeStart: 0, attributeEnd: 0)

  package var isEmpty: Bool {
    source == Self.noSource && quote.isEmpty && attributeStart == attributeEnd
  }
}

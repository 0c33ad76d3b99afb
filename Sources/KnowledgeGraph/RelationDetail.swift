/// The optional provenance and attributes of a relation, stored only for relations that have them.
struct RelationDetail: Sendable {
  var source: UInt16?
  var quote: StringRef?
  var attributes: [Attribute]
}

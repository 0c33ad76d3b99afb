import KnowledgeGraph

/// The source, quote and attributes of one relation in a `RelationBatch`:
/// places in the batch's detail bytes (empty for none) and its range of
/// the batch's attributes.
struct BatchDetail {
  let source: StringRef
  let quote: StringRef
  let attributes: Range<Int>
}

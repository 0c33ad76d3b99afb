import KnowledgeGraph

/// The fast path for relations written as `kg export` and most generators
/// write them: `{"from":"A","type":"T","to":"B"` then any other fields.
extension DatasetParser {
  /// Reads `"from":"A","type":"T","to":"B"` right after a relation's `{`,
  /// when written exactly so, with plain ASCII values. Returns false with
  /// the reader unmoved for anything else, which the general path then reads.
  ///
  /// A million-entity file has five million relations, and matching their
  /// three keys as literals instead of reading and looking up each key is
  /// several times faster.
  mutating func readCompactEnds(of number: Int, into draft: inout RelationDraft)
    throws(JSONError) -> Bool
  {
    guard hasReadEntities || isReadingChunk else { return false }
    let start = reader.position
    guard reader.consume("\"from\":"), let from = reader.readPlainASCIIString(),
      reader.consume(",\"type\":"), let type = reader.readPlainASCIIString(),
      reader.consume(",\"to\":"), let to = reader.readPlainASCIIString()
    else {
      reader.position = start
      return false
    }
    draft.seen |= DatasetField.from.bit | DatasetField.type.bit | DatasetField.to.bit
    draft.batchedFrom = from
    draft.batchedTo = to
    draft.type = try relationType(
      UnsafeBufferPointer(rebasing: reader.input[type]), relation: number, at: type.lowerBound - 1)
    draft.isValid = draft.type != nil
    return true
  }
}

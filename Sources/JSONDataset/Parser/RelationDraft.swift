import KnowledgeGraph

/// The fields of the relation being read, kept until its object closes.
struct RelationDraft {
  var from = GraphBuilder.unresolved
  var to = GraphBuilder.unresolved
  /// Offsets of `from` and `to` values whose entity may still be declared
  /// later in the file (when `relations` comes before `entities`).
  var deferredFrom: Int?
  var deferredTo: Int?
  /// Ids in the input whose lookup waits in the parser's `EndpointBatch`.
  var batchedFrom: Range<Int>?
  var batchedTo: Range<Int>?
  var type: UInt16?
  var source = RelationDetail.noSource
  var quote = StringRef.empty
  var attributeStart: UInt32
  var seen: UInt32 = 0
  var isValid = true

  init(attributeStart: UInt32) { self.attributeStart = attributeStart }
}

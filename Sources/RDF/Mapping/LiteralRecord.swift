import KnowledgeGraph

/// A literal object, kept until the end of the file, when every entity's
/// names and attributes are chosen at once.
struct LiteralRecord {
  var node: UInt32
  var predicate: UInt32
  /// The lexical form, in the builder's string arena.
  var value: StringRef
  /// 0 for none, else an index into the mapper's language table plus one.
  var language: UInt16
  /// 0 for a plain string, else an index into the mapper's datatype table plus one.
  var datatype: UInt16
}

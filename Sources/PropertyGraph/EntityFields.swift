import KnowledgeGraph

/// The node being read, gathered by `GraphAssembly` until it is committed:
/// its texts are already in the builder's string arena, and this holds
/// where. One value is reused from node to node, so reading a node
/// allocates nothing.
struct EntityFields {
  var id = StringRef.empty
  /// The id's hash, taken when the node starts so that its slot in the id
  /// table is fetched while the rest of the node is read.
  var idHash: UInt32 = 0
  var name: StringRef?
  var description: StringRef?
  /// Kept apart until the commit: a later value replaces them all.
  var aliases: [StringRef] = []
  /// The type's name as valid UTF-8; empty for none, which makes the type "Entity".
  var type: [UInt8] = []

  /// Empties the fields for the next node, checking first: emptying an
  /// array that is empty already costs more than the check.
  mutating func reset() {
    name = nil
    description = nil
    if !aliases.isEmpty { aliases.removeAll(keepingCapacity: true) }
    if !type.isEmpty { type.removeAll(keepingCapacity: true) }
  }
}

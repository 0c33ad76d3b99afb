import KnowledgeGraph

/// The fields of the entity being read, kept until its object closes, because
/// keys may come in any order and the entity is stored only when complete.
struct EntityDraft {
  var id: StringRef?
  var idOffset = 0
  /// The id's hash, taken when the id is read so its slot is in the cache by the end.
  var idHash: UInt32?
  var name: StringRef?
  var type: UInt16?
  var description = StringRef.empty
  var seen: UInt32 = 0
  var isValid = true
}

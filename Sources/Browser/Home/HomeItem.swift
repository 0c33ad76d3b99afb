import KnowledgeGraph

/// Something on the home screen that Enter opens.
enum HomeItem: Hashable, Sendable {
  case entity(EntityIndex)
  /// Lists the entities of this type.
  case type(String)
  /// May name an entity the dataset no longer has.
  case bookmark(Bookmark)
}

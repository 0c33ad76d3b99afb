import KnowledgeGraph

/// One visited page: the entity and where the user was on it, so going back
/// returns to the exact relation they had selected.
struct HistoryEntry: Hashable, Sendable {
  /// The entity shown; nil for the home screen, which is a page like any other.
  var entity: EntityIndex?
  /// For a page from an endpoint: its IRI and, once fetched, its graph, in
  /// which `entity` is then the page's entity.
  var remote: RemoteEntry?
  /// `cursor` counts relation lines of the detail pane (on the home screen,
  /// its items); `offset` is its first visible line.
  var detail = ScrollPosition()
}

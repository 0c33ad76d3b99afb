import KnowledgeGraph

/// One visited page: the entity and where the user was on it, so going back
/// returns to the exact relation they had selected.
struct HistoryEntry: Hashable, Sendable {
  var entity: EntityIndex
  /// `cursor` counts relation lines of the detail pane; `offset` is its first visible line.
  var detail = ScrollPosition()
}

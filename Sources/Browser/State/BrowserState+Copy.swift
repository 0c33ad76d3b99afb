import KnowledgeGraph

extension BrowserState {
  /// `y`: the current entity's id to the clipboard; `Y`: its card as text.
  mutating func copy(card: Bool) -> [BrowserEffect] {
    guard let entity = currentEntity else {
      message = "open an entity to copy it"
      return []
    }
    if card {
      message = "copied the card of \(graph.name(of: entity))"
      return [.copyToClipboard(EntityCardText.text(of: entity, in: graph))]
    }
    let id = graph.id(of: entity)
    message = "copied \(id)"
    return [.copyToClipboard(id)]
  }
}

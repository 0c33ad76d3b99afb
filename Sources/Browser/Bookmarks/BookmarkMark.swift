import KnowledgeGraph

/// The `*` before a bookmarked entity's name, in every list: plain text, so
/// it shows without colour and never changes a row's width unexpectedly.
enum BookmarkMark {
  static let style = CellStyle(foreground: .yellow, bold: true)

  /// The mark (when bookmarked) followed by `text`; `graph` is the graph
  /// `entity` belongs to when it is not the panes' (an endpoint's results).
  static func prefixed(
    _ text: StyledText, _ entity: EntityIndex, in state: BrowserState, graph: Graph? = nil
  ) -> StyledText {
    let marked =
      graph.map { $0 === state.graph ? nil : state.isBookmarked(id: $0.id(of: entity)) }
      ?? nil
    return (marked ?? state.bookmarked.contains(entity))
      ? StyledText("* ", style: style) + text : text
  }

  /// The entity's name, marked when bookmarked.
  static func name(_ entity: EntityIndex, in state: BrowserState) -> StyledText {
    prefixed(StyledText(state.graph.name(of: entity)), entity, in: state)
  }
}

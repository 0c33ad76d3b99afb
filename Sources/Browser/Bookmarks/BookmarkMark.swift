import KnowledgeGraph

/// The `*` before a bookmarked entity's name, in every list: plain text, so
/// it shows without colour and never changes a row's width unexpectedly.
enum BookmarkMark {
  static let style = CellStyle(foreground: .yellow, bold: true)

  /// The mark (when bookmarked) followed by `text`.
  static func prefixed(_ text: StyledText, _ entity: EntityIndex, in state: BrowserState)
    -> StyledText
  {
    state.bookmarked.contains(entity) ? StyledText("* ", style: style) + text : text
  }

  /// The entity's name, marked when bookmarked.
  static func name(_ entity: EntityIndex, in state: BrowserState) -> StyledText {
    prefixed(StyledText(state.graph.name(of: entity)), entity, in: state)
  }
}

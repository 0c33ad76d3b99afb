import KnowledgeGraph

/// Turns a state and a screen size into a buffer of cells. Interim version.
public enum BrowserRenderer {
  public static func render(_ state: BrowserState, size: ScreenSize) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: size)
    for row in 0..<min(size.rows, state.graph.entityCount) {
      let name = TerminalSafeText.singleLine(state.graph.name(of: EntityIndex(row)))
      let style = CellStyle(reverse: row == state.selection)
      for (column, character) in name.prefix(size.columns).enumerated() {
        buffer[column, row] = Cell(text: String(character), style: style)
      }
    }
    return buffer
  }
}

import KnowledgeGraph

/// Turns a state and a screen size into a buffer of cells: a pure function,
/// so every screen can be asserted as text.
///
/// Every row comes out exactly `size.columns` cells wide, with dataset text
/// escaped and truncated by display width. Views clamp the state's scroll
/// positions to the size they draw at, so a size the state has not heard
/// of yet still draws correctly.
public enum BrowserRenderer {
  public static func render(_ state: BrowserState, size: ScreenSize) -> ScreenBuffer {
    var canvas = Canvas(size: size)
    let layout = ScreenLayout(size: size, focus: state.focus)
    guard !layout.isTooSmall else {
      TooSmallView.draw(on: &canvas)
      return canvas.buffer
    }
    HeaderView.draw(state, on: &canvas)
    if state.showsHome {
      HomeView.draw(state, in: state.homePane, on: &canvas)
    } else {
      drawPanes(state, layout: layout, on: &canvas)
    }
    StatusView.draw(state, layout: layout, on: &canvas)
    switch state.overlay {
    case .help(let help): HelpView.draw(help, layout: layout, on: &canvas)
    case .filter(let chooser): FilterView.draw(chooser, layout: layout, on: &canvas)
    case .bookmarks(let chooser):
      BookmarkListView.draw(chooser, state: state, layout: layout, on: &canvas)
    case nil: break
    }
    return canvas.buffer
  }

  private static func drawPanes(
    _ state: BrowserState, layout: ScreenLayout, on canvas: inout Canvas
  ) {
    if let pane = layout.listPane {
      if let session = state.search {
        SearchListView.draw(session, state: state, in: pane, on: &canvas)
      } else if let session = state.path {
        PathListView.draw(session, state: state, in: pane, on: &canvas)
      } else {
        EntityListView.draw(state, in: pane, on: &canvas)
      }
    }
    if let column = layout.separatorColumn {
      for row in 1..<layout.statusRow {
        canvas.draw(StyledText("│", style: Theme.separator), row: row, column: column, width: 1)
      }
    }
    if let pane = layout.detailPane {
      DetailView.draw(state, in: pane, layout: layout, on: &canvas)
    }
  }
}

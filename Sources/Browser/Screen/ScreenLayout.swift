/// Where everything goes on a screen of a given size.
///
/// At 80 columns and more the list and the detail pane sit side by side;
/// narrower screens show the focused pane alone (Tab switches), so every
/// part stays reachable. Below `minimum` only a short message fits.
struct ScreenLayout: Hashable, Sendable {
  static let minimum = ScreenSize(columns: 20, rows: 6)
  static let splitColumns = 80

  let size: ScreenSize
  /// Each pane's rectangle includes its title row.
  let listPane: Rect?
  let detailPane: Rect?
  let separatorColumn: Int?

  init(size: ScreenSize, focus: Pane) {
    self.size = size
    let content = Rect(column: 0, row: 1, width: size.columns, height: max(0, size.rows - 2))
    if size.columns >= Self.splitColumns {
      let listWidth = Self.listWidth(columns: size.columns)
      listPane = Rect(column: 0, row: 1, width: listWidth, height: content.height)
      separatorColumn = listWidth
      detailPane = Rect(
        column: listWidth + 1, row: 1, width: size.columns - listWidth - 1, height: content.height)
    } else {
      listPane = focus == .list ? content : nil
      detailPane = focus == .detail ? content : nil
      separatorColumn = nil
    }
  }

  var isTooSmall: Bool { size.columns < Self.minimum.columns || size.rows < Self.minimum.rows }
  var statusRow: Int { size.rows - 1 }

  /// Rows below a pane's title row: the same for both panes and both layouts.
  var bodyHeight: Int { max(1, size.rows - 3) }

  /// Columns of the list pane, whether or not it is on screen now.
  var listWidth: Int {
    size.columns >= Self.splitColumns ? Self.listWidth(columns: size.columns) : size.columns
  }

  /// Columns of the detail pane, whether or not it is on screen now.
  var detailWidth: Int {
    size.columns >= Self.splitColumns
      ? size.columns - Self.listWidth(columns: size.columns) - 1 : size.columns
  }

  /// A centred box over the panes for an overlay with `lines` rows of content
  /// (plus its border and a hint line).
  func overlayBox(lines: Int, preferredWidth: Int) -> Rect {
    let width = min(size.columns, preferredWidth)
    let height = min(max(0, size.rows - 2), lines + 3)
    let row = 1 + (max(0, size.rows - 2) - height) / 2
    return Rect(column: (size.columns - width) / 2, row: row, width: width, height: height)
  }

  private static func listWidth(columns: Int) -> Int {
    min(48, max(30, columns * 3 / 8))
  }
}

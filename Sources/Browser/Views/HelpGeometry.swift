/// Where the help overlay goes at a screen size: one column, or two from
/// `twoColumnScreen` columns up, split at the section boundary nearest the
/// middle. The filter line shows only while a filter is typed or set (the
/// status line carries the hints otherwise), leaving every row to the keys.
struct HelpGeometry {
  static let oneColumnWidth = 66
  static let twoColumnWidth = 100
  static let twoColumnScreen = 100

  let box: Rect
  let columns: [[HelpLine]]
  let showsFilterLine: Bool

  init(_ help: HelpOverlay, layout: ScreenLayout) {
    let lines = help.lines
    let isWide = layout.size.columns >= Self.twoColumnScreen
    columns = isWide ? Self.split(lines) : [lines]
    showsFilterLine = help.isEditingFilter || !help.filter.isEmpty
    let rows = max(1, columns.map(\.count).max() ?? 0)
    box = layout.overlayBox(
      lines: rows - (showsFilterLine ? 0 : 1),
      preferredWidth: isWide ? Self.twoColumnWidth : Self.oneColumnWidth)
  }

  /// The tallest column's length: what scrolls when the box is too short.
  var rowCount: Int { columns.map(\.count).max() ?? 0 }

  /// Rows inside the box for keys.
  var rowsHeight: Int { max(1, box.height - 2 - (showsFilterLine ? 1 : 0)) }

  /// Two columns, broken before the section heading closest to half the lines.
  static func split(_ lines: [HelpLine]) -> [[HelpLine]] {
    let starts = lines.indices.filter {
      if case .section = lines[$0] { return $0 > 0 }
      return false
    }
    guard let cut = starts.min(by: { abs(2 * $0 - lines.count) < abs(2 * $1 - lines.count) })
    else { return [lines] }
    return [Array(lines[..<cut]), Array(lines[cut...])]
  }
}

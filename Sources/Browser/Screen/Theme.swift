/// The browser's styles in one place.
///
/// Colour only helps scanning; each distinction is also carried by an
/// attribute that survives `NO_COLOR`: bars and the focused selection are
/// reverse, headings and names bold, search matches bold and underlined.
enum Theme {
  static let bar = CellStyle(reverse: true)
  static let barTitle = CellStyle(bold: true, reverse: true)
  static let paneTitle = CellStyle(bold: true, underline: true)
  static let focusedPaneTitle = CellStyle(bold: true, reverse: true)
  static let name = CellStyle(bold: true)
  static let muted = CellStyle(foreground: .brightBlack)
  static let label = CellStyle(foreground: .yellow, bold: true)
  static let count = CellStyle(foreground: .brightBlack)
  static let key = CellStyle(foreground: .cyan, bold: true)
  static let attributeKey = CellStyle(foreground: .cyan)
  static let match = CellStyle(foreground: .yellow, bold: true, underline: true)
  static let message = CellStyle(foreground: .yellow)
  static let separator = CellStyle(foreground: .brightBlack)
  static let quote = CellStyle(foreground: .green)

  private static let typeColors: [TerminalColor] = [.cyan, .green, .magenta, .blue, .yellow, .red]

  /// Entity types get stable colours by type number; the type's text is the
  /// distinction without colour.
  static func entityType(_ typeIndex: Int) -> CellStyle {
    CellStyle(foreground: typeColors[typeIndex % typeColors.count])
  }

  /// A line under the cursor of the focused pane: reverse video, colours
  /// dropped so reversed colours never hide text, emphasis kept.
  static func selected(_ style: CellStyle) -> CellStyle {
    CellStyle(bold: style.bold, reverse: true, underline: style.underline)
  }

  /// The cursor line of a pane without focus: bold, so it stays findable.
  static func marked(_ style: CellStyle) -> CellStyle {
    var marked = style
    marked.bold = true
    return marked
  }
}

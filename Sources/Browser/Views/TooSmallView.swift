/// What a screen below the minimum shows instead of a garbled browser.
enum TooSmallView {
  static func draw(on canvas: inout Canvas) {
    let size = canvas.size
    let minimum = ScreenLayout.minimum
    let lines = [
      StyledText(size.columns >= 18 ? "Terminal too small" : "Too small", style: Theme.name),
      StyledText("need \(minimum.columns)×\(minimum.rows)", style: Theme.muted),
      StyledText("q quits", style: Theme.muted),
    ]
    let shown = lines.prefix(size.rows)
    let top = (size.rows - shown.count) / 2
    for (number, line) in shown.enumerated() {
      let width = min(line.width, size.columns)
      canvas.draw(line, row: top + number, column: (size.columns - width) / 2, width: width)
    }
  }
}

/// The `:` command line in place of the status line, with Tab's candidates
/// on the row above when there are several.
enum CommandLineView {
  static func draw(_ prompt: CommandPrompt, layout: ScreenLayout, on canvas: inout Canvas) {
    let row = layout.statusRow
    let columns = canvas.size.columns
    canvas.fill(Rect(column: 0, row: row, width: columns, height: 1))
    let text = StyledText(":", style: Theme.key) + StyledText(prompt.text, style: Theme.name)
    let shown = min(text.width, max(0, columns - 1))
    if text.width <= columns - 1 {
      canvas.draw(text, row: row, column: 0, width: shown)
    } else {
      canvas.drawKeepingEnd(text, row: row, column: 0, width: shown)
    }
    canvas.draw(
      StyledText(" ", style: CellStyle(reverse: true)), row: row, column: shown, width: 1)
    guard prompt.candidates.count > 1, row > 1 else { return }
    var line = StyledText()
    for (index, candidate) in prompt.candidates.enumerated() {
      let style = index == prompt.candidateIndex ? Theme.barTitle : Theme.bar
      line.append(" " + candidate + " ", style: style)
    }
    canvas.fill(Rect(column: 0, row: row - 1, width: columns, height: 1), style: Theme.bar)
    canvas.draw(line, row: row - 1, column: 0, width: columns)
  }
}

import GraphSearch
import KnowledgeGraph

/// The list pane while searching: the query line, then ranked results with
/// the matched characters in bold underline (visible without colour), or
/// why there are none.
enum SearchListView {
  static let descriptionContext = 12
  /// Longer texts are cut before highlighting; no screen is wider.
  static let maximumHighlighted = 400

  static func draw(
    _ session: SearchPrompt, state: BrowserState, in pane: Rect, on canvas: inout Canvas
  ) {
    drawQueryLine(session, state: state, in: pane, on: &canvas)
    let body = pane.droppingTop(1)
    let graph = session.graph?.graph ?? state.graph
    let message = messageLines(for: session, in: graph, width: pane.width)
    for (line, row) in zip(message, body.rows) {
      canvas.draw(line, row: row, column: body.column + 1, width: body.width - 2)
    }
    let rows = body.droppingTop(message.isEmpty ? 0 : message.count + 1)
    var position = session.position
    position.clamp(count: session.rowCount, height: rows.height)
    for (number, row) in rows.rows.enumerated() {
      let index = position.offset + number
      guard index < session.rowCount else { break }
      let entity = session.entity(atRow: index)
      let text = BookmarkMark.prefixed(
        session.results.isEmpty
          ? StyledText(graph.name(of: entity))
          : resultText(session.results[index], in: graph), entity, in: state, graph: graph)
      ListRow.draw(
        text, trailing: EntityListView.typeText(entity, in: graph),
        mark: ListRow.mark(isCursor: index == position.cursor, isFocused: true), row: row,
        in: rows, on: &canvas)
    }
  }

  private static func drawQueryLine(
    _ session: SearchPrompt, state: BrowserState, in pane: Rect, on canvas: inout Canvas
  ) {
    let count =
      session.isPending
      ? "searching…" : session.results.isEmpty ? "" : "\(session.results.count) found"
    let countText = StyledText(count, style: Theme.muted)
    let countWidth = countText.width <= pane.width / 3 ? countText.width : 0
    let available = pane.width - (countWidth > 0 ? countWidth + 2 : 0) - 1
    let query = StyledText(session.query, style: Theme.name)
    let prompt = self.prompt(for: session, in: state.graph, width: available - 10)
    let promptWidth = min(prompt.width, max(3, available - 4))
    canvas.draw(prompt, row: pane.row, column: pane.column, width: promptWidth)
    let queryWidth = max(0, available - promptWidth)
    let shown = min(query.width, max(0, queryWidth - 1))
    if query.width <= queryWidth - 1 {
      canvas.draw(query, row: pane.row, column: pane.column + promptWidth, width: shown)
    } else {
      canvas.drawKeepingEnd(query, row: pane.row, column: pane.column + promptWidth, width: shown)
    }
    canvas.draw(
      StyledText(" ", style: CellStyle(reverse: true)), row: pane.row,
      column: pane.column + promptWidth + shown, width: 1)
    if countWidth > 0 {
      canvas.drawRightAligned(
        countText, row: pane.row, column: pane.column + pane.width - countWidth - 1,
        width: countWidth)
    }
  }

  /// " / ", or for a path target " path from A to " when it fits, else " path to ".
  private static func prompt(for session: SearchPrompt, in graph: Graph, width: Int)
    -> StyledText
  {
    guard case .pathTarget(let from) = session.purpose else {
      return StyledText(" / ", style: Theme.key)
    }
    let full =
      StyledText(" path from ", style: Theme.key)
      + StyledText(graph.name(of: from), style: Theme.name)
      + StyledText(" to ", style: Theme.key)
    return full.width <= width ? full : StyledText(" path to ", style: Theme.key)
  }

  /// The message wrapped to a pane `width` columns wide (with margins).
  static func messageLines(for session: SearchPrompt, in graph: Graph, width: Int)
    -> [StyledText]
  {
    guard let message = message(for: session, in: graph) else { return [] }
    let text = message.spans.map(\.text).joined()
    let style = message.spans.first?.style ?? .plain
    return TextWrapper.wrap(text, width: max(1, width - 2), maxLines: 4).map {
      StyledText($0, style: style)
    }
  }

  /// What to say above (or instead of) the rows.
  static func message(for session: SearchPrompt, in graph: Graph) -> StyledText? {
    if session.isBlank {
      let hint =
        session.purpose == .open
        ? "Type to search names, aliases, ids and types." : "Type the name of the target entity."
      return StyledText(hint, style: Theme.muted)
    }
    if session.isPending && session.results.isEmpty {
      return StyledText("Searching…", style: Theme.muted)
    }
    guard session.foundNothing else { return nil }
    var text = "no match for \"\(session.query)\""
    let names = session.suggestions.map { graph.name(of: $0) }
    if !names.isEmpty { text += "; did you mean " + joinedAlternatives(names) + "?" }
    return StyledText(text, style: Theme.message)
  }

  /// "A", "A or B", "A, B or C".
  private static func joinedAlternatives(_ names: [String]) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
  }

  /// A result's name, plus the field that matched when it is not the name.
  static func resultText(_ result: SearchResult, in graph: Graph) -> StyledText {
    if result.field == .name {
      return highlighted(result.matchedText, positions: result.positions, base: .plain)
    }
    var text = StyledText(graph.name(of: result.entity))
    text.append("  " + fieldName(result.field) + " ", style: Theme.muted)
    if result.field == .description {
      text.append(descriptionSnippet(result))
    } else {
      text.append(highlighted(result.matchedText, positions: result.positions, base: Theme.muted))
    }
    return text
  }

  private static func fieldName(_ field: MatchedField) -> String {
    switch field {
    case .name: "name"
    case .alias: "aka"
    case .id: "id"
    case .type: "type"
    case .description: "…"
    }
  }

  /// The part of a description around its first matched character.
  private static func descriptionSnippet(_ result: SearchResult) -> StyledText {
    let match = max(0, result.positions.min() ?? 0)
    let before = Array(result.matchedText.prefix(match).suffix(descriptionContext))
    let wordStart = before.lastIndex(where: \.isWhitespace).map { $0 + 1 } ?? 0
    let first = match - before.count + (before.count < descriptionContext ? 0 : wordStart)
    let characters = Array(result.matchedText.dropFirst(first).prefix(200))
    return highlighted(
      String(characters), positions: result.positions.map { $0 - first }, base: Theme.muted)
  }

  /// `text` with the characters at `positions` in the match style.
  static func highlighted(_ text: String, positions: [Int], base: CellStyle) -> StyledText {
    let matched = Set(positions)
    var line = StyledText()
    var run = ""
    var runIsMatch = false
    for (offset, character) in text.prefix(maximumHighlighted).enumerated() {
      let isMatch = matched.contains(offset)
      if isMatch != runIsMatch, !run.isEmpty {
        line.append(run, style: runIsMatch ? Theme.match : base)
        run = ""
      }
      runIsMatch = isMatch
      run.append(character)
    }
    line.append(run, style: runIsMatch ? Theme.match : base)
    return line
  }
}

/// Draws styled text into a `ScreenBuffer`, clipped to a region of a row.
///
/// Every write goes through glyphs, so nothing unsafe reaches a cell, a wide
/// character is never split at an edge (a space pads the gap instead), and
/// text that does not fit ends in `…`.
struct Canvas {
  private(set) var buffer: ScreenBuffer

  init(size: ScreenSize) {
    buffer = ScreenBuffer(size: size)
  }

  var size: ScreenSize { buffer.size }

  /// Paints the rectangle with blanks in `style`.
  mutating func fill(_ rect: Rect, style: CellStyle = .plain) {
    let first = max(0, rect.column)
    let end = min(size.columns, rect.column + rect.width)
    guard first < end else { return }
    let blank = Cell(text: " ", style: style)
    for row in rect.rows where row >= 0 && row < size.rows {
      write(blank, column: first, row: row)
      write(blank, column: end - 1, row: row)
      buffer.fill(row: row, from: first, count: end - first, with: blank)
    }
  }

  /// Draws `text` from `column` within `width` columns, truncated with `…`;
  /// returns the columns it used.
  @discardableResult
  mutating func draw(_ text: StyledText, row: Int, column: Int, width: Int) -> Int {
    let placed = Self.fitting(text, width: width)
    return place(placed, row: row, column: column, width: width)
  }

  /// Draws `text` so it ends at `column + width`, keeping its end and
  /// replacing what does not fit at the start with `…` (for breadcrumbs).
  mutating func drawKeepingEnd(_ text: StyledText, row: Int, column: Int, width: Int) {
    var glyphs = Self.glyphs(of: text, limit: Int.max)
    var total = glyphs.reduce(0) { $0 + $1.glyph.width }
    if total > width {
      let style = glyphs.first?.style ?? .plain
      while total > width - 1, !glyphs.isEmpty { total -= glyphs.removeFirst().glyph.width }
      glyphs.insert(PlacedGlyph(glyph: .ellipsis, style: style), at: 0)
      total += 1
    }
    place(glyphs, row: row, column: column + max(0, width - total), width: min(width, total))
  }

  /// Draws `text` right-aligned within the region, truncated like `draw`.
  mutating func drawRightAligned(_ text: StyledText, row: Int, column: Int, width: Int) {
    let placed = Self.fitting(text, width: width)
    let used = placed.reduce(0) { $0 + $1.glyph.width }
    place(placed, row: row, column: column + width - used, width: used)
  }

  /// The glyphs of `text` that fit in `width`, ending in `…` when some do not.
  private static func fitting(_ text: StyledText, width: Int) -> [PlacedGlyph] {
    guard width > 0 else { return [] }
    var glyphs = glyphs(of: text, limit: width + 1)
    var used = glyphs.reduce(0) { $0 + $1.glyph.width }
    guard used > width else { return glyphs }
    while used > width - 1, !glyphs.isEmpty { used -= glyphs.removeLast().glyph.width }
    var style = glyphs.last?.style ?? text.spans.first?.style ?? .plain
    style.underline = false
    glyphs.append(PlacedGlyph(glyph: .ellipsis, style: style))
    return glyphs
  }

  /// Glyphs of `text` until their width exceeds `limit`.
  private static func glyphs(of text: StyledText, limit: Int) -> [PlacedGlyph] {
    var result: [PlacedGlyph] = []
    var used = 0
    for span in text.spans {
      let complete = Glyph.visit(span.text) {
        result.append(PlacedGlyph(glyph: $0, style: span.style))
        used += $0.width
        return used <= limit
      }
      if !complete { break }
    }
    return result
  }

  @discardableResult
  private mutating func place(_ glyphs: [PlacedGlyph], row: Int, column: Int, width: Int) -> Int {
    guard row >= 0, row < size.rows else { return 0 }
    var cursor = column
    let end = min(column + width, size.columns)
    for placed in glyphs {
      let glyph = placed.glyph
      guard cursor >= 0, cursor + glyph.width <= end else { break }
      write(
        Cell(text: glyph.text, style: placed.style), column: cursor, row: row,
        isWide: glyph.width == 2)
      if glyph.width == 2 {
        write(
          Cell(text: "", style: placed.style, isContinuation: true), column: cursor + 1, row: row)
      }
      cursor += glyph.width
    }
    return cursor - column
  }

  /// Stores one cell, blanking the other half of any wide character it
  /// overwrites, so overlays drawn over text never leave half a character.
  private mutating func write(_ cell: Cell, column: Int, row: Int, isWide: Bool = false) {
    let old = buffer[column, row]
    if old.isContinuation, !cell.isContinuation, column > 0 {
      buffer[column - 1, row] = Cell(text: " ", style: buffer[column - 1, row].style)
    }
    let next = column + 1
    if !old.isContinuation, !isWide, next < size.columns, buffer[next, row].isContinuation {
      buffer[next, row] = Cell(text: " ", style: buffer[next, row].style)
    }
    buffer[column, row] = cell
  }
}

/// A rectangle of screen cells, zero-based from the top left.
struct Rect: Hashable, Sendable {
  var column: Int
  var row: Int
  var width: Int
  var height: Int

  var rows: Range<Int> { row..<row + max(0, height) }

  func contains(column: Int, row: Int) -> Bool {
    (self.column..<self.column + width).contains(column) && rows.contains(row)
  }

  /// The rectangle without its first `count` rows.
  func droppingTop(_ count: Int) -> Rect {
    let dropped = min(max(0, count), height)
    return Rect(column: column, row: row + dropped, width: width, height: height - dropped)
  }

  /// The rectangle without its last `count` rows.
  func droppingBottom(_ count: Int) -> Rect {
    Rect(column: column, row: row, width: width, height: height - min(max(0, count), height))
  }
}

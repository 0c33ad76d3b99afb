/// A full screen of cells: what the pure renderer produces and the terminal
/// backend draws, comparing with the previous buffer to send only changes.
public struct ScreenBuffer: Hashable, Sendable {
  public let size: ScreenSize
  /// Row-major cells, `size.columns * size.rows` of them.
  public private(set) var cells: [Cell]

  public init(size: ScreenSize) {
    self.size = size
    self.cells = Array(repeating: .blank, count: size.columns * size.rows)
  }

  public subscript(column: Int, row: Int) -> Cell {
    get { cells[row * size.columns + column] }
    set { cells[row * size.columns + column] = newValue }
  }

  /// Sets `count` cells of a row from `column` on to `cell` in one step;
  /// the caller keeps wide characters whole at the edges.
  mutating func fill(row: Int, from column: Int, count: Int, with cell: Cell) {
    let start = row * size.columns + column
    cells.withUnsafeMutableBufferPointer {
      UnsafeMutableBufferPointer(rebasing: $0[start..<start + count]).update(repeating: cell)
    }
  }

  /// One row as plain text, continuation cells omitted: what snapshot tests compare.
  public func text(ofRow row: Int) -> String {
    let start = row * size.columns
    return cells[start..<start + size.columns].filter { !$0.isContinuation }.map(\.text).joined()
  }

  /// The whole screen as lines of text, for snapshots.
  public var text: String {
    (0..<size.rows).map { text(ofRow: $0) }.joined(separator: "\n")
  }
}

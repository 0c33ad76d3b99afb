/// One screen cell: a grapheme cluster and its style.
///
/// A wide character (display width 2) occupies its cell and the next; the
/// next cell is a `continuation` so a buffer row always has exactly as many
/// cells as the screen has columns.
public struct Cell: Hashable, Sendable {
  /// The grapheme cluster drawn here; empty for a continuation cell.
  public var text: String
  public var style: CellStyle
  /// True for the right half of a wide character, which the backend skips.
  public var isContinuation: Bool

  public init(text: String, style: CellStyle = .plain, isContinuation: Bool = false) {
    self.text = text
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell(text: " ")
}

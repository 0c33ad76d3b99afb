/// A mouse action at a cell position, zero-based from the top left.
public struct MouseEvent: Hashable, Sendable {
  public enum Action: Hashable, Sendable {
    case press
    case doubleClick
    case wheelUp
    case wheelDown
  }

  public let action: Action
  public let column: Int
  public let row: Int

  public init(action: Action, column: Int, row: Int) {
    self.action = action
    self.column = column
    self.row = row
  }
}

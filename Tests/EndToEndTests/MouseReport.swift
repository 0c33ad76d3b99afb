/// Mouse reports in the X10 encoding that ncurses asks tmux's terminal type
/// for (`kmous=\\E[M`): ESC [ M, then button, column and row, each plus 32
/// (positions are also one-based).
enum MouseReport {
  static func x10Click(column: Int, row: Int) -> [UInt8] {
    press(button: 0, column: column, row: row) + press(button: 3, column: column, row: row)
  }

  /// Button 3 means "released".
  private static func press(button: Int, column: Int, row: Int) -> [UInt8] {
    [
      0x1B, UInt8(ascii: "["), UInt8(ascii: "M"), UInt8(32 + button), UInt8(33 + column),
      UInt8(33 + row),
    ]
  }
}

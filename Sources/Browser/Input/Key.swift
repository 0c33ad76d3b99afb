/// A key press, decoded by the backend from whatever the terminal sent.
public enum Key: Hashable, Sendable {
  /// A printable character, including CJK and other non-ASCII text.
  case character(Character)
  /// A control chord such as Ctrl-D, named by its lowercase letter.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, tab, backTab, backspace, delete, escape
  case function(Int)
}

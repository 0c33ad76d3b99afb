/// The small palette the browser uses; the backend maps it to terminal colours
/// and drops it entirely when colour is off.
public enum TerminalColor: Hashable, Sendable {
  case standard
  case black, red, green, yellow, blue, magenta, cyan, white
  case brightBlack
}

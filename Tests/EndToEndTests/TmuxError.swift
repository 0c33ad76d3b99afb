/// A tmux command failed; the message carries tmux's own words.
struct TmuxError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) { self.description = description }
}

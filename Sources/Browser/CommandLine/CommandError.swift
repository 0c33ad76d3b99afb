/// Why a command line cannot run, as the one line the status line shows.
struct CommandError: Error, Hashable, Sendable {
  let message: String

  init(_ message: String) {
    self.message = message
  }
}

import CNcursesw

#if canImport(Glibc)
  import Glibc
#endif

/// Sleeps until the keyboard or background work has something, a signal
/// arrives, or a short timeout passes, and notices when the terminal is gone.
enum InputWait {
  enum Outcome {
    case ready
    /// The terminal hung up (its window or tmux pane closed): stop, never spin.
    case inputClosed
  }

  static func wait(input: Int32, wake: Int32, milliseconds: Int32) -> Outcome {
    var descriptors = [
      pollfd(fd: input, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
    ]
    guard poll(&descriptors, nfds_t(descriptors.count), milliseconds) > 0 else { return .ready }
    let events = Int32(descriptors[0].revents)
    if events & (POLLHUP | POLLERR | POLLNVAL) != 0 { return .inputClosed }
    // A readable terminal with nothing to read is at end of file.
    if events & POLLIN != 0, kg_bytes_available(input) == 0 { return .inputClosed }
    return .ready
  }
}

#if canImport(Glibc)
  import Glibc
#endif

/// Puts text on the terminal's clipboard with OSC 52, which works over ssh
/// and in tmux (with `set-clipboard on`). The text travels base64-encoded,
/// so nothing in it can end the sequence early or forge another one.
enum Clipboard {
  /// Bytes beyond this are not sent: terminals drop longer sequences.
  static let maximumBytes = 74_994

  /// The escape sequence that sets the clipboard to `text`.
  static func sequence(for text: String) -> [UInt8] {
    let bytes = Array(text.utf8.prefix(maximumBytes))
    return Array("\u{1B}]52;c;".utf8) + Base64.encode(bytes) + [0x07]
  }

  /// Writes the sequence straight to the terminal, after the frame ncurses drew.
  static func copy(_ text: String) {
    let bytes = sequence(for: text)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes {
        write(STDOUT_FILENO, $0.baseAddress, $0.count)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return }
      written += count
    }
  }
}

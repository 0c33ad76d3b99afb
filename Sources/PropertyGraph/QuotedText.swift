import KnowledgeGraph

/// File text quoted in an error message: at most 60 characters, in double
/// quotes, and terminal-safe, because the file may be hostile and messages
/// are printed on a terminal.
enum QuotedText {
  static let maximumCharacters = 60

  static func quoted(_ text: String) -> String {
    let shortened =
      text.count > maximumCharacters ? String(text.prefix(maximumCharacters)) + "…" : text
    return "\"" + TerminalSafeText.singleLine(shortened) + "\""
  }

  static func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    quoted(String(decoding: bytes, as: UTF8.self))
  }
}

import KnowledgeGraph

/// Dataset text quoted inside error messages: shortened, and made safe for a
/// terminal, because messages are printed and the text may be hostile.
enum MessageText {
  static let maximumCharacters = 60

  static func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    quoted(String(decoding: bytes, as: UTF8.self))
  }

  static func quoted(_ text: String) -> String {
    let shortened =
      text.count > maximumCharacters ? String(text.prefix(maximumCharacters)) + "…" : text
    return "\"" + TerminalSafeText.singleLine(shortened) + "\""
  }

  /// `; did you mean "x"?` for the closest candidate, or nothing.
  static func suggestion<Candidates: Sequence<String>>(
    for word: String, in candidates: Candidates
  ) -> String {
    guard let best = EditDistance.closest(to: word, in: candidates, count: 1).first else {
      return ""
    }
    return "; did you mean \(quoted(best))?"
  }
}

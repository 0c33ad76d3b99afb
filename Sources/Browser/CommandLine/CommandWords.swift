/// Splits a command line into words the way a shell does for simple cases:
/// spaces separate words, and single or double quotes keep spaces inside
/// one (`open "Peking University"`). An unclosed quote runs to the end.
enum CommandWords {
  /// The words of `text`.
  static func split(_ text: String) -> [String] {
    words(of: text).map(\.text)
  }

  /// The words with where each begins, for completion.
  static func words(of text: String) -> [(text: String, start: String.Index)] {
    var result: [(text: String, start: String.Index)] = []
    var current: String?
    var start = text.startIndex
    var quote: Character?
    for index in text.indices {
      let character = text[index]
      if let open = quote {
        if character == open { quote = nil } else { current?.append(character) }
      } else if character == "\"" || character == "'" {
        if current == nil { (current, start) = ("", index) }
        quote = character
      } else if character.isWhitespace {
        if let word = current { result.append((word, start)) }
        current = nil
      } else {
        if current == nil { (current, start) = ("", index) }
        current?.append(character)
      }
    }
    if let word = current { result.append((word, start)) }
    return result
  }

  /// A word as it must be typed to come back as itself.
  static func quoted(_ word: String) -> String {
    guard word.isEmpty || word.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "'" })
    else { return word }
    return word.contains("\"") ? "'" + word + "'" : "\"" + word + "\""
  }
}

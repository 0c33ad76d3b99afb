/// Turns query text into a `SearchQuery`, following fzf's extended syntax.
///
/// Words are separated by whitespace or control characters. `'word` matches
/// contiguously, `^word` at the start, `word$` at the end, `!word` excludes,
/// `a | b` means either, and `type:Prefix` restricts the entity type. An
/// operator with no word after it is taken literally. Repeated words count once.
enum SearchQueryParser {
  static func parse(_ text: String) -> SearchQuery {
    var folder = TextFolder()
    var clauses: [[QueryTerm]] = []
    var typePrefixes: [[UInt8]] = []
    var joinsPrevious = false
    for word in words(of: text) {
      if word == "|" {
        joinsPrevious = !clauses.isEmpty
        continue
      }
      if let prefix = typePrefix(word) {
        let folded = folder.fold(String(prefix))
        if !folded.isEmpty, !typePrefixes.contains(folded) { typePrefixes.append(folded) }
        joinsPrevious = false
        continue
      }
      guard let term = term(word, folder: &folder) else { continue }
      if joinsPrevious {
        if !clauses[clauses.count - 1].contains(term) { clauses[clauses.count - 1].append(term) }
      } else if !clauses.contains([term]) {
        clauses.append([term])
      }
      joinsPrevious = false
    }
    return SearchQuery(clauses: clauses, typePrefixes: typePrefixes)
  }

  private static func words(of text: String) -> [Substring] {
    text.split { character in
      character.unicodeScalars.contains {
        $0.properties.isWhitespace || $0.properties.generalCategory == .control
      }
    }
  }

  private static func typePrefix(_ word: Substring) -> Substring? {
    guard word.count > 5, word.prefix(5).lowercased() == "type:" else { return nil }
    return word.dropFirst(5)
  }

  private static func term(_ word: Substring, folder: inout TextFolder) -> QueryTerm? {
    var body = word
    let isNegated = body.count > 1 && body.first == "!"
    if isNegated { body = body.dropFirst() }
    var anchor: TermAnchor = isNegated ? .substring : .fuzzy
    if body.count > 1, body.first == "'" {
      anchor = .substring
      body = body.dropFirst()
    } else {
      let atStart = body.count > 1 && body.first == "^"
      if atStart { body = body.dropFirst() }
      let atEnd = body.count > 1 && body.last == "$"
      if atEnd { body = body.dropLast() }
      if atStart || atEnd { anchor = atStart && atEnd ? .whole : atStart ? .prefix : .suffix }
    }
    let folded = folder.fold(String(body)).filter { $0 != 0x20 }
    guard !folded.isEmpty else { return nil }
    return QueryTerm(text: folded, anchor: anchor, isNegated: isNegated)
  }
}

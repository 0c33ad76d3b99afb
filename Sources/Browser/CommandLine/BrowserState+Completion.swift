import KnowledgeGraph

extension BrowserState {
  /// Entity candidates Tab offers at most.
  static let entityCompletionLimit = 12

  /// Tab: completes the word under the cursor: a command name, an entity id
  /// or name (through the search index), a relation label, an export format
  /// or a file path (which the runner lists). Several candidates extend the
  /// word to what they share and are listed; further Tabs step through them.
  mutating func complete() -> [BrowserEffect] {
    guard var prompt = command else { return [] }
    if let index = prompt.candidateIndex, !prompt.candidates.isEmpty {
      let next = (index + 1) % prompt.candidates.count
      prompt.text = prompt.completionPrefix + CommandWords.quoted(prompt.candidates[next])
      prompt.candidateIndex = next
      command = prompt
      return []
    }
    var (prefix, word, position) = Self.wordUnderCursor(prompt.text)
    let words = CommandWords.words(of: prompt.text)
    let name = words.first.flatMap { first in
      BrowserCommand.names.first { $0.hasPrefix(first.text.lowercased()) }
    }
    if name == "open", words.count > 1, position > 0 {
      // `open` takes the rest of the line as one name: `open Peking Uni` completes "Peking Uni".
      prefix = String(prompt.text[..<words[1].start])
      word = words.dropFirst().map(\.text).joined(separator: " ")
    }
    if position > 0, name == "export", position == 2 {
      prompt.completionPrefix = prefix
      command = prompt
      return [.completeFilePath(word, generation: prompt.generation)]
    }
    offer(
      candidates(command: position == 0 ? nil : name, position: position, word: word),
      prefix: prefix, word: word)
    return []
  }

  /// The runner's answer to a file path completion, if the line has not changed since.
  mutating func receiveFileCompletions(_ paths: [String], generation: Int) {
    guard let prompt = command, prompt.generation == generation else { return }
    let (prefix, word, _) = Self.wordUnderCursor(prompt.text)
    offer(paths, prefix: prefix, word: word)
  }

  private mutating func offer(_ candidates: [String], prefix: String, word: String) {
    guard var prompt = command else { return }
    prompt.completionPrefix = prefix
    prompt.candidates = []
    prompt.candidateIndex = nil
    switch candidates.count {
    case 0:
      message = "nothing to complete"
    case 1:
      let ending = candidates[0].hasSuffix("/") ? "" : " "
      prompt.text = prefix + CommandWords.quoted(candidates[0]) + ending
    default:
      let shared = Self.sharedPrefix(candidates)
      if shared.count > word.count { prompt.text = prefix + CommandWords.quoted(shared) }
      prompt.candidates = candidates
      prompt.candidateIndex = shared.count > word.count ? nil : -1
    }
    command = prompt
  }

  private func candidates(command name: String?, position: Int, word: String) -> [String] {
    let lowered = word.lowercased()
    switch (name, position) {
    case (nil, _): return BrowserCommand.names.filter { $0.hasPrefix(lowered) }
    case ("open", _), ("path", _): return entityCandidates(word)
    case ("filter", _):
      guard let entity = currentEntity else { return [] }
      return DetailLayout.labels(of: entity, in: graph).map(\.label).filter {
        $0.lowercased().hasPrefix(lowered)
      }
    case ("export", 1):
      return ExportFileFormat.allCases.map(\.rawValue).filter { $0.hasPrefix(lowered) }
    case ("export", _): return ["--depth"].filter { $0.hasPrefix(lowered) && !word.isEmpty }
    case ("set", 1): return ["lang"].filter { $0.hasPrefix(lowered) }
    default: return []
    }
  }

  /// Ids that start with the word, else names, of the best search matches.
  private func entityCandidates(_ word: String) -> [String] {
    guard !word.isEmpty, let searchIndex else { return [] }
    let lowered = word.lowercased()
    var seen = Set<String>()
    return searchIndex.search(word, limit: Self.entityCompletionLimit).compactMap { result in
      let id = graph.id(of: result.entity)
      let candidate = id.lowercased().hasPrefix(lowered) ? id : graph.name(of: result.entity)
      return seen.insert(candidate).inserted ? candidate : nil
    }
  }

  /// The text before the last word, the last word (empty after a space) and its number.
  static func wordUnderCursor(_ text: String) -> (prefix: String, word: String, position: Int) {
    let words = CommandWords.words(of: text)
    guard let last = words.last, text.last.map({ !$0.isWhitespace }) ?? false else {
      return (text, "", words.count)
    }
    return (String(text[..<last.start]), last.text, words.count - 1)
  }

  /// The longest start all candidates share, by characters.
  static func sharedPrefix(_ candidates: [String]) -> String {
    guard var shared = candidates.first else { return "" }
    for candidate in candidates.dropFirst() {
      shared = String(zip(shared, candidate).prefix { $0 == $1 }.map(\.0))
    }
    return shared
  }
}

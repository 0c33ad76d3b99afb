import GraphSearch
import KnowledgeGraph

extension BrowserState {
  /// `:` opens the command line over the status line.
  mutating func openCommandLine() {
    command = CommandPrompt()
  }

  mutating func handleCommandKey(_ key: Key) -> [BrowserEffect] {
    guard var prompt = command else { return [] }
    switch key {
    case .escape:
      command = nil
      return []
    case .enter:
      command = nil
      return runCommandLine(prompt.text)
    case .tab: return complete()
    case .up, .control("p"): recallCommand(&prompt, older: true)
    case .down, .control("n"): recallCommand(&prompt, older: false)
    case .backspace, .control("h"):
      guard !prompt.text.isEmpty else {
        command = nil
        return []
      }
      edit(&prompt, String(prompt.text.dropLast()))
    case .control("u"): edit(&prompt, "")
    case .control("w"): edit(&prompt, Self.droppingLastWord(prompt.text))
    case .character(let character) where prompt.text.count < CommandPrompt.maximumLength:
      edit(&prompt, prompt.text + String(character))
    default: break
    }
    command = prompt
    return []
  }

  private func edit(_ prompt: inout CommandPrompt, _ text: String) {
    prompt.text = text
    prompt.candidates = []
    prompt.candidateIndex = nil
    prompt.recall = nil
    prompt.generation += 1
  }

  /// `↑` shows older command lines, `↓` newer ones and finally what was typed.
  private func recallCommand(_ prompt: inout CommandPrompt, older: Bool) {
    let commands = memory.commands
    let next = older ? (prompt.recall ?? -1) + 1 : (prompt.recall ?? 0) - 1
    if prompt.recall == nil { prompt.draft = prompt.text }
    guard next < commands.count else { return }
    let draft = prompt.draft
    edit(&prompt, next < 0 ? draft : commands[commands.count - 1 - next])
    prompt.recall = next < 0 ? nil : next
    prompt.draft = draft
  }

  /// Runs a command line; a bad one leaves a one-line message, never more.
  mutating func runCommandLine(_ text: String) -> [BrowserEffect] {
    guard !text.allSatisfy(\.isWhitespace) else { return [] }
    memory.commands = SessionMemory.noting(text, in: memory.commands)
    switch CommandParser.parse(text) {
    case .failure(let error):
      message = error.message
      return []
    case .success(let parsed):
      do {
        return try run(parsed)
      } catch {
        message = error.message
        return []
      }
    }
  }

  private mutating func run(_ parsed: BrowserCommand) throws(CommandError) -> [BrowserEffect] {
    switch parsed {
    case .open(let text): open(try resolve(text))
    case .path(let from, let to):
      let start = if let from { try resolve(from) } else { try current() }
      let goal = try resolve(to)
      if isEndpoint { return requestEndpointPath(from: start, to: goal, in: graph) }
      return requestPath(from: start, to: goal)
    case .filter(let labels): try filter(labels)
    case .export(let format, let path, let depth):
      if isEndpoint {
        throw CommandError("on an endpoint, export with kg export --sparql URL --around ID")
      }
      let request = ExportRequest(format: format, path: path, center: try current(), depth: depth)
      message = "exporting to \(path)…"
      return [.export(request)]
    case .bookmark: return toggleBookmark()
    case .home: goHome()
    case .setLanguages(let languages):
      memory.languages = languages
      message =
        "label languages \(languages.joined(separator: ", ")) saved; "
        + "this dataset has one name per entity, so they have no effect here"
      return [.setLanguages(languages)]
    case .help: overlay = .help(HelpOverlay())
    }
    return []
  }

  private func current() throws(CommandError) -> EntityIndex {
    guard let entity = currentEntity else { throw CommandError("open an entity first") }
    return entity
  }

  /// An entity by id, or by a name or alias only one entity has.
  private func resolve(_ text: String) throws(CommandError) -> EntityIndex {
    switch EntityResolver(graph: graph).resolve(text, suggestionLimit: 3) {
    case .found(let entity): return entity
    case .ambiguous(let matches):
      throw CommandError("\"\(text)\" matches \(matches.count) entities; / searches them all")
    case .notFound(let suggestions):
      let names = suggestions.map { graph.name(of: $0) }
      let hint = names.isEmpty ? "" : "; did you mean \(names.joined(separator: ", "))?"
      throw CommandError("no entity \"\(text)\"\(hint)")
    }
  }

  /// Shows only relations with these labels (or relation type keys); none shows all.
  private mutating func filter(_ words: [String]) throws(CommandError) {
    guard !words.isEmpty else {
      applyFilter(nil)
      return
    }
    let available = Set(DetailLayout.labels(of: try current(), in: graph).map(\.label))
    var chosen = Set<String>()
    for word in words {
      let labels = labels(named: word).intersection(available)
      guard !labels.isEmpty else {
        throw CommandError("no relation \"\(word)\" here; Tab lists this entity's labels")
      }
      chosen.formUnion(labels)
    }
    applyFilter(chosen)
  }

  /// The labels a word stands for: itself, or a relation type's labels by key.
  private func labels(named word: String) -> Set<String> {
    var labels: Set<String> = [word]
    if let type = graph.relationTypeIndex(forKey: word) {
      let relationType = graph.relationType(type)
      labels.insert(relationType.label)
      labels.insert(relationType.inverseLabel)
    }
    return labels
  }
}

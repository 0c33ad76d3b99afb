/// Every key the browser understands, as the help overlay lists it.
enum HelpContent {
  static let sections: [(title: String, bindings: [(keys: String, action: String)])] = [
    (
      "Move",
      [
        ("↑ k  ↓ j", "previous / next line"),
        ("PgUp PgDn", "previous / next page"),
        ("Ctrl-u Ctrl-d", "half a page up / down"),
        ("g Home  G End", "first / last line"),
        ("Tab", "switch between list and details"),
      ]
    ),
    (
      "Open and go back",
      [
        ("Enter → l", "open entity / follow relation"),
        ("← h Backspace", "go back"),
        ("[  ]", "back / forward through history"),
      ]
    ),
    (
      "Search",
      [
        ("/", "search names, aliases, ids, types"),
        ("↑ ↓ Ctrl-p Ctrl-n", "move through results"),
        ("Enter", "open the result"),
        ("Ctrl-u Ctrl-w", "clear the query / delete a word"),
        ("Esc", "cancel and return to the list"),
      ]
    ),
    (
      "Graph",
      [
        ("p", "shortest path to another entity"),
        ("t", "choose relation labels to show"),
        ("Space a n", "labels: toggle / all / none"),
        ("Esc", "close the path view"),
      ]
    ),
    (
      "Mouse",
      [
        ("click", "select a line"),
        ("click again, double-click", "open it"),
        ("wheel", "scroll"),
      ]
    ),
    (
      "Other",
      [
        ("?", "this help (/ filters, Esc closes)"),
        ("Ctrl-l", "redraw the screen"),
        ("q", "quit"),
      ]
    ),
  ]

  /// The help rows whose keys or action contain `filter` (case-insensitive),
  /// under their section titles.
  static func lines(matching filter: String) -> [HelpLine] {
    let needle = filter.lowercased()
    var lines: [HelpLine] = []
    for section in sections {
      let bindings = section.bindings.filter {
        needle.isEmpty || $0.keys.lowercased().contains(needle)
          || $0.action.lowercased().contains(needle)
      }
      guard !bindings.isEmpty else { continue }
      if !lines.isEmpty { lines.append(.section("")) }
      lines.append(.section(section.title))
      lines += bindings.map { .binding(keys: $0.keys, action: $0.action) }
    }
    return lines
  }
}

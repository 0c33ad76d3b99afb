/// Every key the browser understands, as the help overlay lists it: the
/// most used first, short enough that all of it fits one 80x24 screen and
/// each action fits half of a 100-column box (26 columns).
enum HelpContent {
  static let sections: [(title: String, bindings: [(keys: String, action: String)])] = [
    (
      "Most used",
      [
        ("↑ ↓  j k", "move"),
        ("Enter → l", "open, follow a relation"),
        ("← h Backspace", "go back"),
        ("/", "search (↑ recalls earlier)"),
        ("q", "quit"),
      ]
    ),
    (
      "Move and history",
      [
        ("PgUp PgDn Ctrl-u/d", "page / half page"),
        ("g Home  G End", "first / last line"),
        ("[  ]", "back / forward in history"),
        ("Tab  Esc", "panes / close, cancel"),
        ("H", "home screen"),
      ]
    ),
    (
      "More",
      [
        ("p  t", "path / labels (Space a n)"),
        ("m  '  b", "bookmark / bookmark list"),
        (":", "commands (Tab completes)"),
        ("y  Y", "copy id / card"),
        ("Ctrl-w Ctrl-u", "in prompts: word / clear"),
        ("?  Ctrl-l  +", "help / redraw / more"),
        ("click  wheel", "select, open / scroll"),
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
      lines.append(.section(section.title))
      lines += bindings.map { .binding(keys: $0.keys, action: $0.action) }
    }
    return lines
  }
}

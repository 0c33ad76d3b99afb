/// A parsed `:` command line.
enum BrowserCommand: Hashable, Sendable {
  /// An entity by id, name or alias.
  case open(String)
  /// The shortest path between two entities; `from` nil starts at the current one.
  case path(from: String?, to: String)
  /// Relation labels for the detail pane; none shows all.
  case filter([String])
  case export(ExportFileFormat, path: String, depth: Int)
  case bookmark
  case home
  case setLanguages([String])
  case help

  /// Every command name, in the order Tab offers them.
  static let names = ["open", "path", "filter", "export", "bookmark", "home", "set", "help"]
}

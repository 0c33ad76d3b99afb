/// One row of the help overlay.
enum HelpLine: Hashable, Sendable {
  case section(String)
  case binding(keys: String, action: String)
}

/// Where kg keeps what it remembers between runs, following the XDG base
/// directory rules: bookmarks are data the user made (`$XDG_DATA_HOME/kg`),
/// history is state that may be lost (`$XDG_STATE_HOME/kg`); what can be
/// fetched again goes to the cache (`$XDG_CACHE_HOME/kg`).
public struct StateDirectories: Hashable, Sendable {
  /// Holds bookmark files.
  public let data: String
  /// Holds history files.
  public let state: String

  public init(data: String, state: String) {
    self.data = data
    self.state = state
  }

  /// The directories the environment names, with the XDG fallbacks
  /// `~/.local/share` and `~/.local/state`; nil when there is no home either.
  /// Relative XDG paths are ignored, as the specification requires.
  public init?(environment: [String: String]) {
    let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    guard
      let data = Self.base(environment["XDG_DATA_HOME"], home: home, fallback: ".local/share"),
      let state = Self.base(environment["XDG_STATE_HOME"], home: home, fallback: ".local/state")
    else { return nil }
    self.init(data: data + "/kg", state: state + "/kg")
  }

  /// kg's cache directory (`$XDG_CACHE_HOME/kg`, else `~/.cache/kg`): what
  /// kg can fetch again, such as an endpoint's label index; nil when there
  /// is no home either.
  public static func cache(environment: [String: String]) -> String? {
    let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    return base(environment["XDG_CACHE_HOME"], home: home, fallback: ".cache").map { $0 + "/kg" }
  }

  private static func base(_ variable: String?, home: String?, fallback: String) -> String? {
    if let variable, variable.hasPrefix("/") { return variable }
    return home.map { $0 + "/" + fallback }
  }
}

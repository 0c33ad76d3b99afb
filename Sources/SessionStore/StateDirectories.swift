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
    guard
      let data = Self.base("XDG_DATA_HOME", in: environment, fallback: ".local/share"),
      let state = Self.base("XDG_STATE_HOME", in: environment, fallback: ".local/state")
    else { return nil }
    self.init(data: data + "/kg", state: state + "/kg")
  }

  /// kg's cache directory (`$XDG_CACHE_HOME/kg`, else `~/.cache/kg`): what
  /// kg can fetch again, such as an endpoint's label index; nil when there
  /// is no home either.
  public static func cache(environment: [String: String]) -> String? {
    base("XDG_CACHE_HOME", in: environment, fallback: ".cache").map { $0 + "/kg" }
  }

  /// The absolute directory `variable` names, else `fallback` under an
  /// absolute `HOME`.
  private static func base(_ variable: String, in environment: [String: String], fallback: String)
    -> String?
  {
    if let value = environment[variable], value.hasPrefix("/") { return value }
    return environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 + "/" + fallback : nil }
  }
}

/// When the browser may use colour. Every distinction it draws is also carried
/// by bold, reverse or underline, so turning colour off loses nothing.
public enum ColorMode: String, CaseIterable, Sendable {
  /// Colour when the terminal supports it and `NO_COLOR` is not set.
  case auto
  /// Colour whenever the terminal supports it, even with `NO_COLOR` set:
  /// an explicit flag outranks the environment (https://no-color.org).
  case always
  case never

  /// Whether to draw colours, given the environment and what the terminal can do.
  public func allowsColor(environment: [String: String], terminalHasColors: Bool) -> Bool {
    guard terminalHasColors else { return false }
    switch self {
    case .always: return true
    case .never: return false
    case .auto: return environment["NO_COLOR", default: ""].isEmpty
    }
  }
}

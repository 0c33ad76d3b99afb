/// How the user asked the browser to use the terminal.
public struct TerminalOptions: Sendable {
  public var colorMode: ColorMode
  /// Mouse reporting; off leaves the terminal's own text selection working.
  public var mouse: Bool

  public init(colorMode: ColorMode = .auto, mouse: Bool = true) {
    self.colorMode = colorMode
    self.mouse = mouse
  }
}

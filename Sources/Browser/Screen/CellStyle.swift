/// How one cell is drawn. Every distinction the browser makes is also carried
/// by `bold`, `reverse` or `underline`, so it survives `NO_COLOR`.
public struct CellStyle: Hashable, Sendable {
  public var foreground: TerminalColor
  public var background: TerminalColor
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool
  public var dim: Bool

  public init(
    foreground: TerminalColor = .standard, background: TerminalColor = .standard,
    bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
  }

  public static let plain = CellStyle()
}

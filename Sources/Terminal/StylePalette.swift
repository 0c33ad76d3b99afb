import Browser
import CNcursesw

/// Maps cell styles onto ncurses attributes and colour pairs.
///
/// Pairs are allocated on first use, so the browser's few colour combinations
/// fit even a terminal with 64 pairs. With colour off, every style keeps its
/// bold, reverse, underline and dim attributes and only loses the colours.
final class StylePalette {
  private let colorsEnabled: Bool
  private let hasDefaultColors: Bool
  private var pairs: [ColorKey: Int16] = [:]

  private struct ColorKey: Hashable {
    let foreground: TerminalColor
    let background: TerminalColor
  }

  /// Call after `newterm`; starts colour when it is enabled.
  init(colorsEnabled: Bool) {
    self.colorsEnabled = colorsEnabled && start_color() == OK
    hasDefaultColors = self.colorsEnabled && use_default_colors() == OK
  }

  func attributes(for style: CellStyle) -> (attributes: attr_t, pair: Int16) {
    var attributes = kg_attr_normal()
    if style.bold { attributes |= kg_attr_bold() }
    if style.reverse { attributes |= kg_attr_reverse() }
    if style.underline { attributes |= kg_attr_underline() }
    if style.dim { attributes |= kg_attr_dim() }
    return (attributes, pair(foreground: style.foreground, background: style.background))
  }

  private func pair(foreground: TerminalColor, background: TerminalColor) -> Int16 {
    guard colorsEnabled, foreground != .standard || background != .standard else { return 0 }
    let key = ColorKey(foreground: foreground, background: background)
    if let known = pairs[key] { return known }
    let next = pairs.count + 1
    guard next < kg_color_pairs(), next <= Int(Int16.max) else { return 0 }
    let number = Int16(next)
    guard
      init_pair(
        number, colorNumber(foreground, isForeground: true),
        colorNumber(background, isForeground: false)) == OK
    else { return 0 }
    pairs[key] = number
    return number
  }

  private func colorNumber(_ color: TerminalColor, isForeground: Bool) -> Int16 {
    switch color {
    case .standard:
      if hasDefaultColors { return -1 }
      return Int16(isForeground ? COLOR_WHITE : COLOR_BLACK)
    case .black: return Int16(COLOR_BLACK)
    case .red: return Int16(COLOR_RED)
    case .green: return Int16(COLOR_GREEN)
    case .yellow: return Int16(COLOR_YELLOW)
    case .blue: return Int16(COLOR_BLUE)
    case .magenta: return Int16(COLOR_MAGENTA)
    case .cyan: return Int16(COLOR_CYAN)
    case .white: return Int16(COLOR_WHITE)
    case .brightBlack:
      // Eight-colour terminals have no grey: keep the text readable instead.
      if kg_colors() >= 16 { return Int16(COLOR_BLACK + 8) }
      return Int16(isForeground ? COLOR_WHITE : COLOR_BLACK)
    }
  }
}

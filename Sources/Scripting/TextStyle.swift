import KnowledgeGraph

/// How text output looks: plain, or with ANSI colour for a person at a terminal.
///
/// The command decides (colour only when stdout is a terminal and `NO_COLOR`
/// is unset) and passes the style in, so renderers stay pure and testable.
/// Every styling function makes its dataset text terminal-safe first, so a
/// renderer cannot forget to.
public struct TextStyle: Hashable, Sendable {
  public let isColored: Bool

  public init(isColored: Bool) { self.isColored = isColored }

  public static let plain = TextStyle(isColored: false)

  /// Dataset text on one line, escaped, without styling.
  public func safe(_ text: String) -> String { TerminalSafeText.singleLine(text) }

  /// An entity name or a heading: bold.
  public func strong(_ text: String) -> String { styled(safe(text), code: "1") }

  /// Ids and counts, secondary to names: dim.
  public func faint(_ text: String) -> String { styled(safe(text), code: "2") }

  /// Relation labels and arrows: cyan.
  public func label(_ text: String) -> String { styled(safe(text), code: "36") }

  /// An entity as `Name (id)`.
  public func entity(_ entity: EntityIndex, in graph: Graph) -> String {
    strong(graph.name(of: entity)) + " " + faint("(" + graph.id(of: entity) + ")")
  }

  private func styled(_ text: String, code: String) -> String {
    isColored ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
  }
}

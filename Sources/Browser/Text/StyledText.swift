/// A line of text made of styled runs, as views build it before drawing.
///
/// The text may be raw dataset text: `Canvas` makes it terminal-safe glyph
/// by glyph, so styles stay attached to the right characters (for example
/// the highlighted characters of a search match).
struct StyledText: Hashable, Sendable {
  private(set) var spans: [TextSpan] = []

  init() {}

  init(_ text: String, style: CellStyle = .plain) {
    append(text, style: style)
  }

  mutating func append(_ text: String, style: CellStyle = .plain) {
    guard !text.isEmpty else { return }
    spans.append(TextSpan(text: text, style: style))
  }

  mutating func append(_ other: StyledText) {
    spans.append(contentsOf: other.spans)
  }

  /// Display columns, measured as drawn (escapes included).
  var width: Int { width(limit: Int.max) }

  /// Display columns, counted only until they exceed `limit`, so measuring
  /// a long text to see whether it fits costs no more than the space it has.
  func width(limit: Int) -> Int {
    var total = 0
    for span in spans {
      let complete = Glyph.visit(span.text) {
        total += $0.width
        return total <= limit
      }
      if !complete { break }
    }
    return total
  }

  /// The same text with every span's style changed, e.g. to mark a selected line.
  func restyled(_ change: (CellStyle) -> CellStyle) -> StyledText {
    var copy = self
    for index in copy.spans.indices { copy.spans[index].style = change(copy.spans[index].style) }
    return copy
  }

  static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
    var joined = lhs
    joined.append(rhs)
    return joined
  }
}

/// A run of text in one style, the unit `StyledText` is made of.
struct TextSpan: Hashable, Sendable {
  var text: String
  var style: CellStyle
}

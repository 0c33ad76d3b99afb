/// A glyph and the style it is drawn in, as `Canvas` lays out a line.
struct PlacedGlyph {
  let glyph: Glyph
  let style: CellStyle
}

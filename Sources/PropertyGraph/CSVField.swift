/// One field of a CSV record, as ranges of the input: where it starts (for
/// messages) and its content without the quotes.
struct CSVField {
  let start: Int
  let content: Range<Int>
  /// A quoted field with `""` in it, which must be decoded to `"`.
  let hasDoubledQuotes: Bool
  /// False for a field with nothing between its delimiters; Neo4j treats
  /// such a field as an absent property.
  var isEmpty: Bool { content.isEmpty }
}

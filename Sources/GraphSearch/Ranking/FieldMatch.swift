/// How one term matched one folded field: enough to rank it, and to find the
/// matched bytes again later for highlighting.
struct FieldMatch: Sendable {
  var kind: MatchKind
  var score: Int32
  /// First byte of the matched window.
  var start: Int32
  /// One past the last byte of the matched window.
  var end: Int32
}

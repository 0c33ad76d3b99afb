/// Export output that the W3C grammar, or the exporter's own layout, does not allow.
struct GrammarViolation: Error, CustomStringConvertible {
  let message: String
  let context: Substring

  var description: String { "\(message) at: \(context.prefix(120).debugDescription)" }
}

/// The prefixes and base in effect at one point of a Turtle document: all a parser needs,
/// besides the bytes, to start reading there, and what tells whether two parts of a split
/// document join up (see ``TurtleSplitCheck``).
public struct TurtleState: Sendable, Equatable {
  /// Prefix name to namespace IRI, both as resolved bytes.
  var prefixes: [[UInt8]: [UInt8]] = [:]
  /// The absolute base IRI, or nil when relative IRIs cannot be resolved.
  var base: [UInt8]?
}

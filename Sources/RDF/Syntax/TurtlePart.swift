/// One byte range of a Turtle document cut for parsing on its own thread, with the prefixes
/// and base a scan of the directives before it found; ``RDFReader/read(_:part:into:)`` reads
/// it and ``RDFReader/check(_:_:)`` tells whether the parts join up.
public struct TurtlePart: Sendable {
  /// The part's place in the document, which keeps the blank-node labels the parts generate
  /// for `[]` and collections apart.
  public let index: Int
  public let range: Range<Int>
  let start: TurtleState
}

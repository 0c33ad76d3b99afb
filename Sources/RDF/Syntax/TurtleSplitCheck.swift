/// Whether the parts of a split Turtle document, read on their own, together read exactly
/// what one read of the whole would (up to the labels of generated blank nodes), or whether
/// a cut fell inside a statement or before a directive the scan missed, so the caller must
/// read the document again in one piece.
public enum TurtleSplitCheck: Sendable, Equatable {
  case valid
  case redoSerially
}

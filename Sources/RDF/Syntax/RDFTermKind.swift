/// What an ``RDFTerm`` names, which decides how its `value` bytes are to be read.
public enum RDFTermKind: UInt8, Sendable {
  /// `value` is an absolute IRI.
  case iri
  /// `value` is a blank-node label without the `_:`.
  case blankNode
  /// `value` is the lexical form with escapes decoded.
  case literal
}

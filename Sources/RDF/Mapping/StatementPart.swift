/// The three links of a reified statement, which name the relation that its
/// provenance belongs to.
enum StatementPart: Equatable {
  case subject
  case predicate
  case object
}

/// What the data says about each predicate's relation type, and the types
/// declared so far.
struct RelationTypePlan {
  /// The label of the declared inverse, by predicate.
  let inverses: [Int: String]
  /// Predicates typed `owl:SymmetricProperty`.
  let symmetric: Set<Int>
  /// The declared type of each predicate, by predicate number: looked up once a link, so an
  /// array rather than a dictionary.
  var numbers: [UInt16?]

  init(inverses: [Int: String], symmetric: Set<Int>, predicateCount: Int) {
    self.inverses = inverses
    self.symmetric = symmetric
    numbers = [UInt16?](repeating: nil, count: predicateCount)
  }
}

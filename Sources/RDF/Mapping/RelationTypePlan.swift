/// What the data says about each predicate's relation type, and the types
/// declared so far.
struct RelationTypePlan {
  /// The label of the declared inverse, by predicate.
  let inverses: [Int: String]
  /// Predicates typed `owl:SymmetricProperty`.
  let symmetric: Set<Int>
  var numbers: [Int: UInt16] = [:]
}

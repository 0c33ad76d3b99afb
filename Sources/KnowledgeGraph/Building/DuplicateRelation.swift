/// A relation dropped because an earlier one had the same (from, type, to);
/// symmetric types also match with the ends swapped.
///
/// Ordinals count `GraphBuilder.addRelation` calls from zero, which is the
/// relation's position in the dataset, so a validator can point at both.
public struct DuplicateRelation: Hashable, Sendable {
  public let keptOrdinal: Int
  public let droppedOrdinal: Int
}

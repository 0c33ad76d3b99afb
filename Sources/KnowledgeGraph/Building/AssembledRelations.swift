/// The outgoing columns of one range of entities, assembled on one core and
/// then concatenated with the other ranges' by `RelationAssembler`.
struct AssembledRelations {
  var targets: [UInt32] = []
  var types: [UInt16] = []
  /// Relation positions within this part that carry a detail.
  var detailKeys: [UInt32] = []
  var details: [RelationDetail] = []
  /// How many relations each entity of the range keeps.
  var outCounts: [UInt32] = []
  var duplicates: [DuplicateRelation] = []
}

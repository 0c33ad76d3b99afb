/// A relation as its two ends and predicate, to find the one a reified
/// statement describes.
struct RelationKey: Hashable {
  var from: UInt32
  var predicate: UInt32
  var to: UInt32
}

/// A relation read before the entities it names; its ends are resolved once
/// the whole file is read, from the string values at the recorded offsets.
struct DeferredRelation {
  let ordinal: Int
  let fromOffset: Int?
  let toOffset: Int?
}

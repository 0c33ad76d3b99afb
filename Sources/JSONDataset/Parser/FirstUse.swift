/// Where a relation type or source key was first used, so a warning about it
/// can point at that relation.
struct FirstUse {
  let offset: Int
  let relation: Int
}

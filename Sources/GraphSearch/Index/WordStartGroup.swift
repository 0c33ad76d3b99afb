/// The word-start buckets for one term that share what their places allow:
/// field start or inside a field, and the field's preference. Every posting
/// of a group can rank at most the same, so a group, or the rest of one
/// bucket (in slot order), is skipped as a whole once it cannot beat the
/// results.
struct WordStartGroup {
  /// Bucket keys, one per second byte (or just one).
  let keys: Range<Int>
  let isInside: Bool
  /// Name 3, alias 2, id 1.
  let preference: UInt8

  /// The best kind a match of a `length`-byte term can have in the bucket
  /// `key` of this group: exact needs a field as long as the term, so a
  /// one-byte term is exact only where the field ends after it.
  func bestKind(forLength length: Int, key: Int) -> MatchKind {
    if isInside { return .wordBoundary }
    return length == 1 && key & 0xFF != 0 ? .prefix : .exact
  }
}

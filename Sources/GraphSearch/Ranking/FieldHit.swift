/// The best match of one term (or clause) on one entity.
struct FieldHit: Sendable {
  var match: FieldMatch
  /// A field index in `FoldedFields`, or a `RankedCandidate` marker.
  var field: Int32
  /// Name 3, alias 2, id 1, type and description 0.
  var preference: UInt8
  /// Which term of its clause matched, for finding the positions again.
  var term: Int = 0

  var kind: MatchKind { match.kind }

  /// True when `self` should be reported rather than `other`.
  func isBetter(than other: FieldHit) -> Bool {
    (match.kind, match.score, preference) > (other.match.kind, other.match.score, other.preference)
  }
}

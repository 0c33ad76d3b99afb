/// How a result matched, best last: the first key of the ranking.
///
/// An exact name or alias match outranks a prefix, a prefix outranks a match
/// at a word start, that outranks a contiguous match inside a word, which
/// outranks a scattered (fuzzy) match. Matches on the entity type, then on the
/// description, come below every match on a name, alias or id. `filter` marks
/// entities selected only by `type:` or `!negation`, with nothing to rank by.
public enum MatchKind: Int, Comparable, Sendable, CaseIterable {
  case filter
  case description
  case type
  case fuzzy
  case substring
  case wordBoundary
  case prefix
  case exact

  public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The lowercase name used in JSON output, e.g. `wordBoundary` → `word-boundary`.
  public var label: String {
    switch self {
    case .filter: "filter"
    case .description: "description"
    case .type: "type"
    case .fuzzy: "fuzzy"
    case .substring: "substring"
    case .wordBoundary: "word-boundary"
    case .prefix: "prefix"
    case .exact: "exact"
    }
  }
}

/// Matches one query term against one folded field and grades the match:
/// exact, prefix, word boundary, contiguous, or scattered like fzf's v1 matcher.
enum TermMatcher {
  /// The best match of `term` in `field`, or nil.
  @inline(__always)
  static func match(
    _ term: UnsafeBufferPointer<UInt8>, anchor: TermAnchor, scattered: Bool,
    in field: UnsafeBufferPointer<UInt8>
  ) -> FieldMatch? {
    let length = term.count
    let fieldLength = field.count
    guard length <= fieldLength else { return nil }
    switch anchor {
    case .whole:
      return length == fieldLength && matches(term, in: field, at: 0)
        ? contiguous(.exact, term, field, at: 0) : nil
    case .prefix:
      guard matches(term, in: field, at: 0) else { return nil }
      return contiguous(length == fieldLength ? .exact : .prefix, term, field, at: 0)
    case .suffix:
      let start = fieldLength - length
      guard matches(term, in: field, at: start) else { return nil }
      let kind: MatchKind =
        start == 0
        ? .exact : MatchScoring.isWordStart(field, at: start) ? .wordBoundary : .substring
      return contiguous(kind, term, field, at: start)
    case .fuzzy, .substring:
      if let found = bestOccurrence(term, in: field) { return found }
      return scattered ? scatteredMatch(term, in: field) : nil
    }
  }

  /// The matched byte offsets of a match found by `match`.
  static func positions(
    _ term: UnsafeBufferPointer<UInt8>, in field: UnsafeBufferPointer<UInt8>, match: FieldMatch
  ) -> [Int] {
    var positions: [Int] = []
    _ = MatchScoring.score(
      term: term, field: field, start: Int(match.start), end: Int(match.end)
    ) { positions.append($0) }
    return positions
  }

  /// True when `term` occurs in `field` at `start`.
  @inline(__always)
  static func matches(
    _ term: UnsafeBufferPointer<UInt8>, in field: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Bool {
    guard start >= 0, start + term.count <= field.count else { return false }
    var index = 0
    while index < term.count {
      if field[start + index] != term[index] { return false }
      index += 1
    }
    return true
  }

  /// The best contiguous occurrence: at the start, else the best-scoring one at
  /// a word start, else the first one.
  private static func bestOccurrence(
    _ term: UnsafeBufferPointer<UInt8>, in field: UnsafeBufferPointer<UInt8>
  ) -> FieldMatch? {
    let length = term.count
    let first = term[0]
    let last = field.count - length
    var firstInside: Int?
    var best: FieldMatch?
    var position = 0
    while position <= last {
      if field[position] == first, matches(term, in: field, at: position) {
        if position == 0 {
          return contiguous(length == field.count ? .exact : .prefix, term, field, at: 0)
        }
        if MatchScoring.isWordStart(field, at: position) {
          let candidate = contiguous(.wordBoundary, term, field, at: position)
          if best == nil || candidate.score > best!.score { best = candidate }
        } else if firstInside == nil {
          firstInside = position
        }
      }
      position += 1
    }
    if let best { return best }
    return firstInside.map { contiguous(.substring, term, field, at: $0) }
  }

  @inline(__always)
  private static func contiguous(
    _ kind: MatchKind, _ term: UnsafeBufferPointer<UInt8>, _ field: UnsafeBufferPointer<UInt8>,
    at start: Int
  ) -> FieldMatch {
    let end = start + term.count
    let score = MatchScoring.score(term: term, field: field, start: start, end: end)
    return FieldMatch(kind: kind, score: score, start: Int32(start), end: Int32(end))
  }

  /// fzf v1: the first subsequence match scanning forward, shortened by
  /// scanning back from its end, then scored.
  private static func scatteredMatch(
    _ term: UnsafeBufferPointer<UInt8>, in field: UnsafeBufferPointer<UInt8>
  ) -> FieldMatch? {
    var termPosition = 0
    var end = -1
    var position = 0
    while position < field.count {
      if field[position] == term[termPosition] {
        termPosition += 1
        if termPosition == term.count {
          end = position + 1
          break
        }
      }
      position += 1
    }
    guard end > 0 else { return nil }
    termPosition = term.count - 1
    var start = end - 1
    while true {
      if field[start] == term[termPosition] {
        if termPosition == 0 { break }
        termPosition -= 1
      }
      start -= 1
    }
    let score = MatchScoring.score(term: term, field: field, start: start, end: end)
    return FieldMatch(kind: .fuzzy, score: score, start: Int32(start), end: Int32(end))
  }
}

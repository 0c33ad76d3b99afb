/// Matches one query term against one folded field and grades the match:
/// exact, prefix, word boundary, contiguous, or scattered.
///
/// A scattered match is fzf's subsequence match with one restriction: after a
/// gap of more than `maximumGapInsideWord` character the next character must
/// start a word. "dmac" still finds "DAMO Academy" and "ustc" finds
/// "University of Science and Technology of China", but "alibabba" no longer
/// matches letters strewn across a long sentence, which at a million entities
/// would bury the useful results under noise.
enum TermMatcher {
  static let maximumGapInsideWord = 1
  /// How many starting places of the first character a scattered match tries.
  static let scatteredStartAttempts = 4

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
      return scattered ? scatteredMatch(term, in: field)?.match : nil
    }
  }

  /// The matched byte offsets of a match found by `match`.
  static func positions(
    _ term: UnsafeBufferPointer<UInt8>, in field: UnsafeBufferPointer<UInt8>, match: FieldMatch
  ) -> [Int] {
    guard match.kind == .fuzzy else { return Array(Int(match.start)..<Int(match.end)) }
    return scatteredMatch(term, in: field, keepingPositions: true)?.positions ?? []
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
    let score = MatchScoring.score(field: field, positions: start..<end)
    return FieldMatch(kind: kind, score: score, start: Int32(start), end: Int32(end))
  }

  /// The best-scoring scattered match among the first few starting places,
  /// and its byte offsets when `keepingPositions`.
  private static func scatteredMatch(
    _ term: UnsafeBufferPointer<UInt8>, in field: UnsafeBufferPointer<UInt8>,
    keepingPositions: Bool = false
  ) -> (match: FieldMatch, positions: [Int])? {
    withUnsafeTemporaryAllocation(of: Int.self, capacity: term.count) { positions in
      var best: (match: FieldMatch, positions: [Int])?
      var start = 0
      var attempts = 0
      let last = field.count - term.count
      while start <= last, attempts < scatteredStartAttempts {
        guard field[start] == term[0] else {
          start += 1
          continue
        }
        attempts += 1
        positions[0] = start
        guard placeRest(of: term, in: field, positions: positions) else {
          start += 1
          continue
        }
        let score = MatchScoring.score(field: field, positions: positions)
        if best == nil || score > best!.match.score {
          let found = FieldMatch(
            kind: .fuzzy, score: score, start: Int32(start),
            end: Int32(positions[term.count - 1] + 1))
          best = (found, keepingPositions ? Array(positions) : [])
        }
        start += 1
      }
      return best
    }
  }

  /// Places term characters after the first greedily, each at the earliest
  /// allowed offset; false when the field has no room for them.
  @inline(__always)
  private static func placeRest(
    of term: UnsafeBufferPointer<UInt8>, in field: UnsafeBufferPointer<UInt8>,
    positions: UnsafeMutableBufferPointer<Int>
  ) -> Bool {
    var previous = positions[0]
    for index in 1..<term.count {
      let wanted = term[index]
      var position = previous + 1
      while position < field.count {
        if field[position] == wanted,
          position - previous - 1 <= maximumGapInsideWord
            || MatchScoring.isWordStart(field, at: position)
        {
          break
        }
        position += 1
      }
      guard position < field.count else { return false }
      positions[index] = position
      previous = position
    }
    return true
  }
}

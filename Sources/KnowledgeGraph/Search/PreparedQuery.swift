/// A parsed query bound to one index: `type:` restrictions and type-name
/// matches resolved once per query, since a graph has few distinct types.
struct PreparedQuery: Sendable {
  let query: SearchQuery
  /// Whether each entity type passes the `type:` restrictions; nil when there are none.
  let allowedTypes: [Bool]?
  /// For each clause and term, the match of the term on each type name.
  let typeMatches: [[[FieldMatch?]]]
  let phrase: [UInt8]?
  let requiredMask: UInt64
  let pairRequirements: [PairRequirement]
  /// The best primary rank key of an entity with some word matched below
  /// word-boundary kind; see `ScanPlan.bound`.
  let boundBelowWordBoundary: UInt64
  /// The best total score of a match where every clause sits at a word
  /// start, as exact, prefix or word-boundary matches do (the phrase aside).
  let bestScoreAtWordStarts: Int32

  init(_ query: SearchQuery, foldedTypes: [[UInt8]]) {
    self.query = query
    allowedTypes =
      query.typePrefixes.isEmpty
      ? nil : foldedTypes.map { type in query.typePrefixes.contains { type.starts(with: $0) } }
    typeMatches = query.clauses.map { clause in
      clause.map { term in foldedTypes.map { Self.typeMatch(term, on: $0) } }
    }
    phrase = query.phrase
    requiredMask = query.requiredMask
    pairRequirements = PairRequirement.of(query)
    boundBelowWordBoundary = Self.bound(query)
    bestScoreAtWordStarts = query.clauses.reduce(0) { total, clause in
      total + (clause.filter { !$0.isNegated }.map { Self.bestAtStart($0.text) }.max() ?? 0)
    }
  }

  /// A term matches a type name only contiguously at a word start: "univ"
  /// finds universities, but a scattered letter does not select whole types.
  private static func typeMatch(_ term: QueryTerm, on type: [UInt8]) -> FieldMatch? {
    term.text.withUnsafeBufferPointer { text in
      type.withUnsafeBufferPointer { field in
        let anchor: TermAnchor = term.anchor == .fuzzy ? .substring : term.anchor
        guard let found = TermMatcher.match(text, anchor: anchor, scattered: false, in: field),
          found.kind >= .wordBoundary
        else { return nil }
        return FieldMatch(kind: .type, score: found.score, start: found.start, end: found.end)
      }
    }
  }

  /// A match below word-boundary kind has some clause matched inside a word,
  /// scoring at most its best contiguous score there, while every other
  /// clause scores at most its best anywhere; the bound is the best such sum
  /// over the clauses that can be the one matched inside a word.
  private static func bound(_ query: SearchQuery) -> UInt64 {
    let positive = query.clauses.map { $0.filter { !$0.isNegated } }
    let inside = positive.map { terms in terms.map { bestInsideWord($0.text) }.max() ?? 0 }
    let anywhere = positive.indices.map { clause in
      max(inside[clause], positive[clause].map { bestAtStart($0.text) }.max() ?? 0)
    }
    let anywhereTotal = anywhere.reduce(0, +)
    var total: Int32 = 0
    for clause in positive.indices where !positive[clause].isEmpty {
      total = max(total, anywhereTotal - anywhere[clause] + inside[clause])
    }
    return RankKey.primary(kind: .substring, score: total, preference: 3)
  }

  private static func bestAtStart(_ text: [UInt8]) -> Int32 {
    text.withUnsafeBufferPointer { MatchScoring.score(field: $0, positions: 0..<$0.count) }
  }

  /// After a letter or a digit, whichever scores higher.
  private static func bestInsideWord(_ text: [UInt8]) -> Int32 {
    [UInt8(ascii: "a"), UInt8(ascii: "0")].map { previous in
      ([previous] + text).withUnsafeBufferPointer {
        MatchScoring.score(field: $0, positions: 1..<$0.count)
      }
    }.max()!
  }
}

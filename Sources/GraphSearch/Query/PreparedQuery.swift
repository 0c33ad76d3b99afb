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
  /// Which entities can match every clause contiguously, and how well.
  let substringBound: SubstringBound
  /// The best total score of a match where every clause sits at a word
  /// start, as exact, prefix or word-boundary matches do (the phrase aside).
  let bestScoreAtWordStarts: Int32

  init(_ query: SearchQuery, foldedTypes: [[UInt8]]) {
    self.query = query
    allowedTypes =
      query.typePrefixes.isEmpty
      ? nil
      : foldedTypes.map { type in
        Self.typeParts(type).contains { part in
          query.typePrefixes.contains { part.starts(with: $0) }
        }
      }
    typeMatches = query.clauses.map { clause in
      clause.map { term in foldedTypes.map { Self.typeMatch(term, on: $0) } }
    }
    phrase = query.phrase
    requiredMask = query.requiredMask
    pairRequirements = PairRequirement.of(query)
    substringBound = SubstringBound(query)
    boundBelowWordBoundary = substringBound.best
    bestScoreAtWordStarts = query.clauses.reduce(0) { total, clause in
      total + (clause.filter { !$0.isNegated }.map { Self.bestAtStart($0.text) }.max() ?? 0)
    }
  }

  /// The classes of an entity of several types, which RDF graphs name as
  /// "Person · Writer": `type:` matches the start of any of them.
  private static func typeParts(_ type: [UInt8]) -> [ArraySlice<UInt8>] {
    let separator = Array(" · ".utf8)
    var parts: [ArraySlice<UInt8>] = []
    var rest = type[...]
    while let range = rest.firstRange(of: separator) {
      parts.append(rest[..<range.lowerBound])
      rest = rest[range.upperBound...]
    }
    parts.append(rest)
    return parts
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

  static func bestAtStart(_ text: [UInt8]) -> Int32 {
    text.withUnsafeBufferPointer { MatchScoring.score(field: $0, positions: 0..<$0.count) }
  }

  /// After a letter or a digit, whichever scores higher.
  static func bestInsideWord(_ text: [UInt8]) -> Int32 {
    [UInt8(ascii: "a"), UInt8(ascii: "0")].map { previous in
      ([previous] + text).withUnsafeBufferPointer {
        MatchScoring.score(field: $0, positions: 1..<$0.count)
      }
    }.max()!
  }
}

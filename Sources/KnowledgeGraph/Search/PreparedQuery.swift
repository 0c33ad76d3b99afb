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
}

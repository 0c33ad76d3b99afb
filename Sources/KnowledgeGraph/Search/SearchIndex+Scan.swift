extension SearchIndex {
  /// Below this many entities a scan runs on the calling thread: splitting
  /// costs more than it saves.
  static let parallelScanThreshold = 20_000

  /// Evaluates every entity, or only `entities`, on names, aliases, ids and
  /// types, in parallel slices; also returns the matching entities, in order,
  /// when `collecting`.
  func scan(
    _ query: PreparedQuery, limit: Int, bytes: UnsafeBufferPointer<UInt8>, entities: [UInt32]?,
    collecting: Bool
  ) -> (top: TopResults, matches: [UInt32]) {
    let total = entities?.count ?? graph.entityCount
    let width = total < Self.parallelScanThreshold ? 1 : ParallelWork.width
    let slices = ParallelWork.ranges(of: total, count: width)
    let parts = ParallelWork.map(slices.count) { slice in
      var matcher = EntityMatcher(index: self, query: query, bytes: bytes)
      var top = TopResults(capacity: limit)
      var matches: [UInt32] = []
      for position in slices[slice] {
        let entity = entities.map { Int($0[position]) } ?? position
        guard let candidate = matcher.evaluate(entity) else { continue }
        if collecting { matches.append(UInt32(entity)) }
        top.insert(candidate)
      }
      return (top, matches)
    }
    var top = TopResults(capacity: limit)
    for part in parts { top.merge(part.0) }
    return (top, collecting ? parts.flatMap(\.1) : [])
  }

  /// Adds entities that match only with the help of their description, below
  /// every other match, through the description index.
  func addDescriptionMatches(
    _ query: PreparedQuery, to top: inout TopResults, bytes: UnsafeBufferPointer<UInt8>
  ) {
    let terms = query.query.clauses.joined().filter(\.searchesDescriptions)
    guard !terms.isEmpty else { return }
    var candidates = EntitySet(count: graph.entityCount)
    for term in terms {
      for posting in descriptions.candidates(for: term.text) {
        _ = candidates.insert(Int(descriptions.postings[posting]))
      }
    }
    let entities = candidates.members
    let width = entities.count < Self.parallelScanThreshold ? 1 : ParallelWork.width
    let slices = ParallelWork.ranges(of: entities.count, count: width)
    let limit = top.capacity
    let parts = ParallelWork.map(slices.count) { slice in
      var matcher = EntityMatcher(index: self, query: query, bytes: bytes)
      var found = TopResults(capacity: limit)
      for position in slices[slice] {
        guard let candidate = matcher.evaluate(Int(entities[position]), readingDescriptions: true),
          candidate.key.kind == .description
        else { continue }
        found.insert(candidate)
      }
      return found
    }
    for part in parts { top.merge(part) }
  }
}

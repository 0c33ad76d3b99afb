import KnowledgeGraph

extension EndpointSource {
  /// Relations fetched per hop query; a hop past it is walked in part.
  static let rowsPerHop = 10_000

  /// Walks `depth` hops from `iri` the way `direction` says, one query per
  /// hop and 200 frontier entities. With `wholeMembers`, every member's own
  /// triples come too (for an export); otherwise only names and types.
  public func neighborhood(
    around iri: String, depth: Int, direction: TraversalDirection = .both,
    wholeMembers: Bool = false, cancellation: RequestCancellation? = nil
  ) throws(EndpointFailure) -> EndpointNeighborhood {
    var reader = FragmentReader(endpointName: name, options: options)
    var reached: Set<String> = [iri]
    var predicates: Set<String> = []
    var frontier = [iri]
    var isPartial = false
    for _ in 0..<depth where !frontier.isEmpty {
      var next: [String] = []
      for start in stride(from: 0, to: frontier.count, by: EndpointPathSearch.frontierChunk) {
        let chunk = Array(
          frontier[start..<min(start + EndpointPathSearch.frontierChunk, frontier.count)])
        let answer = try select(
          PageQueries.expansion(
            of: chunk, skipping: QueryVocabulary.reification, limit: Self.rowsPerHop),
          cancellation: cancellation)
        isPartial = isPartial || answer.isPartial || answer.rows.count >= Self.rowsPerHop
        for row in answer.rows {
          guard let link = EndpointPathSearch.link(row), case .iri(let other)? = row[2],
            direction.follows(isIncoming: link.isIncoming)
          else { continue }
          let (subject, predicate, object) = link.triple(reaching: other)
          reader.appendTriple(subject, predicate, object)
          predicates.insert(predicate)
          if reached.insert(other).inserted { next.append(other) }
        }
      }
      frontier = next
    }
    let members = reached.sorted()
    let named = reached.union(predicates).sorted()
    reader.append(try construct(PageQueries.summaries(of: named), cancellation: cancellation))
    if wholeMembers {
      reader.append(
        try construct(PageQueries.descriptions(of: members), cancellation: cancellation))
    }
    let graph = try reader.graph()
    guard let center = graph.entityIndex(forID: graph.compactIRI(iri)) else {
      throw EndpointFailure.unknown(iri, at: name)
    }
    return EndpointNeighborhood(
      graph: graph, center: center, isPartial: isPartial || reader.isPartial)
  }
}

import KnowledgeGraph

extension EndpointSource {
  /// A shortest path between two entities, found over the endpoint within
  /// `budget`, then read into a small graph with its entities' names so
  /// kg's path reports show it as they show a file's.
  public func path(
    from start: String, to goal: String, budget: PathBudget = PathBudget(),
    cancellation: RequestCancellation? = nil
  ) throws(EndpointFailure) -> EndpointPathOutcome {
    var search = EndpointPathSearch(
      source: self, from: start, to: goal, budget: budget, cancellation: cancellation)
    guard let triples = try search.run() else {
      return .none(hops: search.hops, queries: search.queries, isExhausted: search.isExhausted)
    }
    var reader = FragmentReader(endpointName: name, options: options)
    for (subject, predicate, object) in triples { reader.appendTriple(subject, predicate, object) }
    let resources = Set(triples.flatMap { [$0.0, $0.1, $0.2] }).union([start, goal])
    reader.append(
      try construct(PageQueries.summaries(of: resources.sorted()), cancellation: cancellation))
    let graph = try reader.graph()
    guard let from = graph.entityIndex(forID: graph.compactIRI(start)),
      let to = graph.entityIndex(forID: graph.compactIRI(goal))
    else { throw EndpointFailure("\(name) gave a path kg cannot read") }
    let query = PathQuery(
      maxHops: max(triples.count, 1), relationTypes: .forPaths(in: graph), limit: 1)
    let result = PathFinder(graph: graph).shortestPaths(from: from, to: to, query: query)
    return .found(graph: graph, result: result, start: from, goal: to, queries: search.queries + 1)
  }
}

/// Ranked keyword search over names, aliases, ids, types and descriptions.
///
/// Built once per graph (in well under a second for a million entities) and
/// then read-only, so one index serves any number of threads. A query is
/// answered, cheapest first, by:
/// 1. the word-start index, when the words that begin with the query already
///    fill the requested results (exact, prefix and word-boundary matches
///    outrank everything else, so nothing else can get in);
/// 2. otherwise a parallel scan of the folded fields, rejecting most entities
///    by a character mask before reading their bytes;
/// 3. then, if results are still missing, the description index.
///
/// `search` starts from scratch each time. To search while the user types,
/// use a `SearchSession`, which reuses the previous matches when the query
/// only grows. See `docs/search.md` for the query syntax and ranking.
public final class SearchIndex: Sendable {
  public let graph: Graph
  let fields: FoldedFields
  let wordStarts: WordStartIndex
  let descriptions: DescriptionIndex
  /// Per entity, the degree and name-length part of its rank key.
  let tieBreaks: [UInt64]
  let foldedTypes: [[UInt8]]

  public init(graph: Graph) {
    self.graph = graph
    let fields = FoldedFields(graph: graph)
    self.fields = fields
    wordStarts = WordStartIndex(fields: fields)
    descriptions = DescriptionIndex(graph: graph)
    tieBreaks = (0..<graph.entityCount).map { entity in
      let nameLength =
        Int(fields.fieldStarts[Int(fields.entityFieldStarts[entity]) + 1])
        - Int(fields.fieldStarts[Int(fields.entityFieldStarts[entity])])
      return RankKey.tieBreak(degree: graph.degree(of: EntityIndex(entity)), nameLength: nameLength)
    }
    var folder = TextFolder()
    foldedTypes = graph.entityTypes.map { folder.fold($0) }
  }

  /// The best `limit` matches of `query`, best first. An empty or
  /// whitespace-only query has no results.
  public func search(_ query: String, limit: Int) -> [SearchResult] {
    let prepared = prepare(query)
    let ranked = rank(prepared, limit: limit, narrowing: nil, collectingMatches: false)
    return results(for: ranked.candidates, of: prepared)
  }

  /// Starts an incremental search, e.g. for one search box.
  public func makeSession() -> SearchSession { SearchSession(index: self) }

  func prepare(_ query: String) -> PreparedQuery {
    PreparedQuery(SearchQueryParser.parse(query), foldedTypes: foldedTypes)
  }

  /// The ranked candidates of a prepared query, and, when `collectingMatches`
  /// and a scan ran, every entity that matched outside descriptions.
  func rank(
    _ query: PreparedQuery, limit: Int, narrowing previous: [UInt32]?, collectingMatches: Bool
  ) -> (candidates: [RankedCandidate], matches: [UInt32]?) {
    guard !query.query.isEmpty, limit > 0 else { return ([], nil) }
    return fields.bytes.withUnsafeBufferPointer { bytes in
      if previous == nil, let top = rankByWordStarts(query, limit: limit, bytes: bytes) {
        return (top.sorted(), nil)
      }
      var (top, matches) = scan(
        query, limit: limit, bytes: bytes, entities: previous, collecting: collectingMatches)
      if !top.isFull { addDescriptionMatches(query, to: &top, bytes: bytes) }
      return (top.sorted(), collectingMatches ? matches : nil)
    }
  }
}

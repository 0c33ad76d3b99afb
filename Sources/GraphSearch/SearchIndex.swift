import KnowledgeGraph
import Parallel

/// Ranked keyword search over names, aliases, ids, types and descriptions.
///
/// Built once per graph (the slot columns and description index finish in
/// the background; a search before the columns are built treats every
/// entity as a candidate, with the same results) and then read-only, so one
/// index serves any number of threads. A query is answered, cheapest first, by:
/// 1. the word-start index, when the words that begin with the query already
///    fill the requested results (exact, prefix and word-boundary matches
///    outrank everything else, so nothing else can get in);
/// 2. otherwise a parallel scan of the candidates the slot columns allow,
///    those that can match every word contiguously first, skipping entities
///    whose best possible key cannot enter the results;
/// 3. then, if results are still missing, the description index.
///
/// `search` starts from scratch each time. To search while the user types,
/// use a `SearchSession`, which reuses the previous matches when the query
/// only grows. See `docs/search.md` for the query syntax and ranking.
public final class SearchIndex: Sendable {
  public let graph: Graph
  let fields: FoldedFields
  let wordStarts: WordStartIndex
  /// Built in the background, so the graph is browsable and searchable sooner.
  let pendingColumns: BackgroundValue<SlotColumns>
  /// Built in the background: only searches that run out of other matches need it.
  let pendingDescriptions: BackgroundValue<DescriptionIndex>
  let foldedTypes: [[UInt8]]

  /// Builds the index's foreground part, and starts its background parts
  /// unless `startsBackgroundWork` is false, in which case they wait for
  /// `startBackgroundWork()` or the first search that needs them.
  public convenience init(graph: Graph, startsBackgroundWork: Bool = true) {
    self.init(graph: graph, startsBackgroundWork: startsBackgroundWork) {
      SlotColumns(fields: $0, foldedTypes: $1)
    }
  }

  /// Builds the slot columns with `buildColumns`, so tests can hold them back.
  init(
    graph: Graph, startsBackgroundWork: Bool,
    buildColumns: @escaping @Sendable (FoldedFields, [[UInt8]]) -> SlotColumns
  ) {
    self.graph = graph
    let fields = FoldedFields(graph: graph)
    self.fields = fields
    var folder = TextFolder()
    let foldedTypes = graph.entityTypes.map { folder.fold($0) }
    self.foldedTypes = foldedTypes
    wordStarts = WordStartIndex(fields: fields)
    // Every search uses the columns, and only searches that run out of
    // other matches need the descriptions, so the columns get the cores
    // first, unless such a search asks for the descriptions sooner.
    let descriptions = BackgroundValue(deferred: { DescriptionIndex(graph: graph) })
    pendingDescriptions = descriptions
    pendingColumns = BackgroundValue(deferred: {
      defer { descriptions.start() }
      return buildColumns(fields, foldedTypes)
    })
    if startsBackgroundWork { startBackgroundWork() }
  }

  /// Starts building the background parts, if they have not started yet:
  /// the columns, then the descriptions.
  public func startBackgroundWork() { pendingColumns.start() }

  /// The slot columns once built; until then, columns that allow every
  /// slot its character mask allows, so that a search right after the
  /// first screen is slower but never waits for the build.
  var columns: SlotColumns {
    pendingColumns.start()
    return pendingColumns.readyValue ?? SlotColumns(permissiveWith: fields.slotMasks)
  }

  /// The best `limit` matches of `query`, best first. An empty or
  /// whitespace-only query has no results.
  public func search(_ query: String, limit: Int) -> [SearchResult] {
    let prepared = prepare(query)
    let ranked = rank(prepared, limit: limit, narrowing: nil, collectingMatches: false)
    return results(for: ranked.candidates, of: prepared)
  }

  /// Waits until the slot columns and the description index, built in the
  /// background after `init` returns, are ready; searches that need them
  /// wait by themselves, so call this only to keep that wait out of a
  /// measurement.
  public func finishBuilding() {
    _ = pendingColumns.value
    _ = pendingDescriptions.value
  }

  /// Starts an incremental search, e.g. for one search box.
  public func makeSession() -> SearchSession { SearchSession(index: self) }

  /// Narrowing more previous matches than this also asks the word-start
  /// index first: its postings may fill the results, or bound the scan, for
  /// less than evaluating every previous match.
  static let narrowingLookupThreshold = 4_096

  func prepare(_ query: String) -> PreparedQuery {
    PreparedQuery(SearchQueryParser.parse(query), foldedTypes: foldedTypes)
  }

  /// The ranked candidates of a prepared query, and, when `collectingMatches`
  /// and a complete scan ran, the slot of every entity that matched outside
  /// descriptions; `previous` narrows the search to such slots.
  func rank(
    _ query: PreparedQuery, limit: Int, narrowing previous: [UInt32]?, collectingMatches: Bool
  ) -> (candidates: [RankedCandidate], matches: [UInt32]?) {
    guard !query.query.isEmpty, limit > 0 else { return ([], nil) }
    return fields.bytes.withUnsafeBufferPointer { bytes in
      var plan = ScanPlan(limit: limit, slots: previous, collecting: collectingMatches)
      let candidates = QueryCandidates(query, columns: columns)
      if previous.map({ $0.count > Self.narrowingLookupThreshold }) ?? true,
        let found = rankByWordStarts(
          query, limit: limit, candidates: candidates.contiguous, bytes: bytes)
      {
        if found.isFull { return (found.sorted(), nil) }
        plan.seeds = found
        plan.bound = query.boundBelowWordBoundary
      }
      let scanned = scan(query, plan: plan, candidates: candidates, bytes: bytes)
      var top = scanned.top
      if !top.isFull { addDescriptionMatches(query, to: &top, bytes: bytes) }
      return (top.sorted(), scanned.matches)
    }
  }
}

/// Search as the user types: remembers the last query's matches, so when the
/// query only grows (fzf's rule) the next search narrows them instead of
/// scanning every entity, and keeps recent results for when the user deletes.
///
/// A session is not `Sendable`: create one per search box and call it from
/// one thread at a time (for example the browser's search worker). Results
/// equal those of `SearchIndex.search` for the same query and limit.
public final class SearchSession {
  public let index: SearchIndex
  private var previous: (query: SearchQuery, matches: [UInt32])?
  private var recent: [(query: String, limit: Int, results: [SearchResult])] = []
  private static let recentCapacity = 32

  public init(index: SearchIndex) { self.index = index }

  /// The best `limit` matches of `query`, best first.
  public func search(_ query: String, limit: Int) -> [SearchResult] {
    if let known = recent.first(where: { $0.query == query && $0.limit == limit }) {
      return known.results
    }
    let prepared = index.prepare(query)
    let narrowing = previous.flatMap { prepared.query.narrows($0.query) ? $0.matches : nil }
    let ranked = index.rank(
      prepared, limit: limit, narrowing: narrowing, collectingMatches: true)
    if let matches = ranked.matches {
      previous = (prepared.query, matches)
    } else if narrowing == nil {
      previous = nil
    }
    let results = index.results(for: ranked.candidates, of: prepared)
    recent.insert((query, limit, results), at: 0)
    if recent.count > Self.recentCapacity { recent.removeLast() }
    return results
  }
}

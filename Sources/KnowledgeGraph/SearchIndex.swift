/// Ranked keyword search over names, aliases, ids, types and descriptions.
///
/// Temporary implementation: case-insensitive substring on names; replaced by
/// the fuzzy, ranked index.
public final class SearchIndex: Sendable {
  public let graph: Graph

  public init(graph: Graph) { self.graph = graph }

  public func search(_ query: String, limit: Int) -> [SearchResult] {
    let needle = query.lowercased()
    guard !needle.isEmpty else { return [] }
    var results: [SearchResult] = []
    for entity in graph.entityIndices {
      let name = graph.name(of: entity)
      if name.lowercased().contains(needle) {
        results.append(
          SearchResult(entity: entity, score: 1, field: .name, matchedText: name, positions: []))
      }
      if results.count >= limit { break }
    }
    return results
  }

  /// Entities whose names or aliases are closest to the query, for "did you mean".
  public func suggestions(for query: String, limit: Int) -> [EntityIndex] { [] }
}

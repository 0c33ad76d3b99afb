/// Turns what a user types (`alimama`, `Alimama`, `阿里妈妈`) into one entity.
///
/// An exact id always wins. Otherwise the text must equal, ignoring case,
/// exactly one entity's id, name or alias; several matches are ambiguous and
/// none gets "did you mean" suggestions, so a script never acts on a guess.
public struct EntityResolver: Sendable {
  public let graph: Graph
  private let suggestionIndex: SearchIndex?

  /// `index` supplies suggestions for names that match nothing; without one,
  /// suggestions come from edit distance alone.
  public init(graph: Graph, suggestionIndex: SearchIndex? = nil) {
    self.graph = graph
    self.suggestionIndex = suggestionIndex
  }

  public func resolve(_ text: String, suggestionLimit: Int = 5) -> EntityResolution {
    if let exact = graph.entityIndex(forID: text) { return .found(exact) }
    let query = CaseInsensitiveText(text)
    let matches = Array(
      graph.entityIndices.filter { entity in
        fields(of: entity).contains { query.matches($0, in: graph.strings) }
      })
    switch matches.count {
    case 1: return .found(matches[0])
    case 0: return .notFound(suggestions: suggestions(for: text, limit: suggestionLimit))
    default: return .ambiguous(matches)
    }
  }

  private func fields(of entity: EntityIndex) -> [StringRef] {
    let position = entity.position
    let columns = graph.entities
    let aliases = Int(columns.aliasOffsets[position])..<Int(columns.aliasOffsets[position + 1])
    return [columns.ids[position], columns.names[position]] + columns.aliases[aliases]
  }

  /// Entities one to three typos away (by id, name or alias), closest first;
  /// failing that, the search index's own suggestions and then its best hits,
  /// so a partial name like `alibab` still points somewhere.
  private func suggestions(for text: String, limit: Int) -> [EntityIndex] {
    let close = closeByEditDistance(text, limit: limit)
    guard close.isEmpty, let index = suggestionIndex else { return close }
    let suggested = index.suggestions(for: text, limit: limit)
    guard suggested.isEmpty else { return suggested }
    return index.search(text, limit: limit).map(\.entity)
  }

  private func closeByEditDistance(_ text: String, limit: Int) -> [EntityIndex] {
    let allowed = max(1, min(3, text.unicodeScalars.count / 3))
    let scalarCount = text.unicodeScalars.count
    var scored: [(distance: Int, entity: EntityIndex)] = []
    for entity in graph.entityIndices {
      let distances = fields(of: entity).compactMap { ref -> Int? in
        // UTF-8 is one to four bytes per scalar: a cheap bound before the real distance.
        let length = Int(ref.length)
        guard length >= scalarCount - allowed, length <= 4 * (scalarCount + allowed) else {
          return nil
        }
        return EditDistance.distance(text, graph.strings.string(ref), limit: allowed)
      }
      if let best = distances.min() { scored.append((best, entity)) }
    }
    return scored.sorted { ($0.distance, $0.entity) < ($1.distance, $1.entity) }
      .prefix(limit).map(\.entity)
  }
}

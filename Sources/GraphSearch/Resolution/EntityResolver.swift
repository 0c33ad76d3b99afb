import KnowledgeGraph

/// Turns what a user types (`alimama`, `Alimama`, `阿里妈妈`, `Peking`) into one entity.
///
/// An exact id always wins. Next, the text may equal, ignoring case, the id,
/// name or alias of exactly one entity. Failing that, it may begin a word of
/// exactly one entity's name or alias (`Peking` for Peking University).
/// Several matches at the first tier that has any are ambiguous, and no match
/// gets "did you mean" suggestions, so a script never acts on a guess.
public struct EntityResolver: Sendable {
  public let graph: Graph

  public init(graph: Graph) { self.graph = graph }

  public func resolve(_ text: String, suggestionLimit: Int = 5) -> EntityResolution {
    if let exact = graph.entityIndex(forID: text) ?? entity(atIRI: text) { return .found(exact) }
    let query = CaseInsensitiveText(text)
    var matches = Array(
      graph.entityIndices.filter { entity in
        fields(of: entity).contains { query.matches($0, in: graph.strings) }
      })
    if matches.isEmpty { matches = wordPrefixMatches(of: text) }
    switch matches.count {
    case 1: return .found(matches[0])
    case 0: return .notFound(suggestions: suggestions(for: text, limit: suggestionLimit))
    default: return .ambiguous(matches)
    }
  }

  /// The entity whose id is the compact form of a full IRI, typed bare or
  /// in angle brackets, in graphs read from RDF.
  private func entity(atIRI text: String) -> EntityIndex? {
    guard graph.hasIRIs else { return nil }
    let iri =
      text.hasPrefix("<") && text.hasSuffix(">") ? String(text.dropFirst().dropLast()) : text
    return graph.entityIndex(forID: graph.compactIRI(iri)) ?? graph.entityIndex(forID: iri)
  }

  /// Entities with a name or alias that has a word starting with the text.
  private func wordPrefixMatches(of text: String) -> [EntityIndex] {
    let prefix = text.lowercased()
    guard !prefix.allSatisfy(\.isWhitespace) else { return [] }
    return graph.entityIndices.filter { entity in
      fields(of: entity).dropFirst().contains { ref in
        let field = graph.strings.string(ref).lowercased()
        return field.indices.contains { position in
          let startsWord =
            position == field.startIndex
            || !(field[field.index(before: position)].isLetter
              || field[field.index(before: position)].isNumber)
          return startsWord && field[position...].hasPrefix(prefix)
        }
      }
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
  /// so a partial name like `alibab` still points somewhere. The index is
  /// built only then, because resolving an id must stay instant on a big graph.
  private func suggestions(for text: String, limit: Int) -> [EntityIndex] {
    let close = closeByEditDistance(text, limit: limit)
    guard close.isEmpty else { return close }
    let index = SearchIndex(graph: graph)
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

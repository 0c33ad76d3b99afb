import Foundation
import JSONDataset
import KnowledgeGraph
import RDF
import Testing

/// JSON → RDF → kg browses the same graph: the writer's shapes are the
/// inverse of the reader's mapping, for the bundled dataset.
@Suite struct RoundTripTests {
  static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/kg.json")
    .path

  static func roundTrip(_ format: RDFFormat) throws -> (original: Graph, reloaded: Graph) {
    let original = try DatasetLoader.load(path: bundled)
    let text: String
    switch format {
    case .turtle: text = TurtleExporter(graph: original, selection: .whole(original)).rendered()
    default: text = NTriplesExporter(graph: original, selection: .whole(original)).rendered()
    }
    let reloaded = try RDFLoader.load(
      bytes: Array(text.utf8), name: "kg.ttl", format: format,
      options: RDFLoadOptions(languages: LanguagePreference(tags: ["en"])))
    return (original, reloaded)
  }

  @Test(arguments: [RDFFormat.turtle, .nTriples])
  func entitiesNamesAndRelationsMatch(format: RDFFormat) throws {
    let (original, reloaded) = try Self.roundTrip(format)
    #expect(reloaded.entityCount == original.entityCount)
    #expect(reloaded.relationCount == original.relationCount)
    #expect(reloaded.metadata.title == original.metadata.title)
    #expect(Self.cards(of: reloaded) == Self.cards(of: original))
    #expect(Self.relations(of: reloaded) == Self.relations(of: original))
    #expect(
      Set(reloaded.metadata.sources.map(\.displayTitle))
        == Set(original.metadata.sources.map(\.displayTitle)))
  }

  @Test func pathsMatch() throws {
    let (original, reloaded) = try Self.roundTrip(.turtle)
    let pairs = [
      ("smic", "alimama"), ("pku", "ustc"), ("hefei", "damo-academy"), ("amd", "beijing"),
    ]
    for (from, to) in pairs {
      let names = try [from, to].map { id in
        original.name(of: try #require(original.entityIndex(forID: id)))
      }
      #expect(
        Self.path(names[0], names[1], in: reloaded) == Self.path(names[0], names[1], in: original))
    }
  }

  /// Name, type, aliases and description of every entity, by name.
  private static func cards(of graph: Graph) -> [String] {
    graph.entityIndices.map { entity in
      [
        graph.name(of: entity), graph.type(of: entity),
        graph.aliases(of: entity).joined(separator: "|"), graph.description(of: entity) ?? "",
      ].joined(separator: " / ")
    }.sorted()
  }

  /// Every relation as "from name —label→ to name (quote) [attribute values]"
  /// and its inverse label; the ends of a symmetric relation, which is
  /// stored once either way round, in name order.
  private static func relations(of graph: Graph) -> [String] {
    graph.entityIndices.flatMap { entity in
      graph.edges(of: entity, direction: .outgoing).map { edge in
        var ends = [graph.name(of: entity), graph.name(of: edge.other)]
        let type = graph.relationType(edge.type)
        if type.isSymmetric { ends.sort() }
        let relation = graph.relation(edge.relation)
        let values = relation.attributes.map(\.value.displayText).joined(separator: ", ")
        return "\(ends[0]) —\(graph.label(of: edge))→ \(ends[1]) (\(relation.quote ?? ""))"
          + " [\(values)] ←\(type.inverseLabel)—"
      }
    }.sorted()
  }

  /// The steps of every shortest path between the entities with these
  /// names, in text order: which of several equally short paths a search
  /// finds first depends on the order entities and relation types were
  /// numbered in, which the two loaders need not share.
  private static func path(_ from: String, _ to: String, in graph: Graph) -> [[String]]? {
    guard let start = graph.entityIndices.first(where: { graph.name(of: $0) == from }),
      let goal = graph.entityIndices.first(where: { graph.name(of: $0) == to })
    else { return nil }
    let paths = PathFinder(graph: graph).shortestPaths(
      from: start, to: goal, query: PathQuery(limit: 1000)
    ).paths
    return paths.map { path in
      path.map {
        "\(graph.name(of: $0.from)) \(graph.label(of: $0.edge)) \(graph.name(of: $0.to))"
      }
    }.sorted { $0.joined() < $1.joined() }
  }
}

import FileInput
import KnowledgeGraph
import RDF

/// Loads a Turtle or N-Triples snippet as `kg` loads a file.
enum TurtleGraph {
  static let prefixes = """
    @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix owl: <http://www.w3.org/2002/07/owl#> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix schema: <https://schema.org/> .
    @prefix ex: <http://example.org/> .

    """

  static func load(
    _ turtle: String, languages: [String] = [], format: RDFFormat = .turtle,
    withPrefixes: Bool = true
  ) throws -> Graph {
    let text = (withPrefixes && format == .turtle ? prefixes : "") + turtle
    return try RDFLoader.load(
      bytes: Array(text.utf8), name: "test.ttl", format: format,
      options: RDFLoadOptions(languages: LanguagePreference(tags: languages)))
  }

  static func entity(_ id: String, in graph: Graph) throws -> EntityIndex {
    guard let entity = graph.entityIndex(forID: id) else { throw MissingEntity(id: id) }
    return entity
  }

  /// Relations of `entity` as "label → target id", in the graph's order.
  static func links(of entity: EntityIndex, in graph: Graph) -> [String] {
    [EdgeDirection.outgoing, .incoming].flatMap { direction in
      graph.edges(of: entity, direction: direction).map { edge in
        "\(graph.label(of: edge)) → \(graph.id(of: edge.other))"
      }
    }
  }
}

struct MissingEntity: Error {
  let id: String
}

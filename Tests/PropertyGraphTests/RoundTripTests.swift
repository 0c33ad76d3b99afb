import Foundation
import KnowledgeGraph
import PropertyGraph
import Testing
import GraphExport
import JSONDataset

/// What `kg export --format graphml` writes reads back as the same graph.
struct RoundTripTests {
  private static let datasetPath = Fixture.repository.appendingPathComponent("data/kg.json").path

  private static func roundTrip() throws -> (original: Graph, read: Graph) {
    let original = try DatasetLoader.load(path: datasetPath)
    let text = GraphMLExporter(graph: original, selection: .whole(original)).rendered()
    let read = try PropertyGraphLoader.loadGraphML(
      bytes: Array(text.utf8), name: "kg.graphml", options: PropertyGraphOptions())
    return (original, read)
  }

  @Test func entitiesKeepIDsNamesTypesAliasesAndDescriptions() throws {
    let (original, read) = try Self.roundTrip()
    #expect(read.entityCount == original.entityCount)
    for entity in original.entityIndices {
      let copy = try #require(read.entityIndex(forID: original.id(of: entity)))
      #expect(read.name(of: copy) == original.name(of: entity))
      #expect(read.type(of: copy) == original.type(of: entity))
      #expect(read.aliases(of: copy) == original.aliases(of: entity))
      #expect(read.description(of: copy) == original.description(of: entity))
    }
  }

  /// GraphML carries attribute values as text, so they compare as a person reads them.
  @Test func attributesKeepKeysAndText() throws {
    let (original, read) = try Self.roundTrip()
    for entity in original.entityIndices {
      let copy = try #require(read.entityIndex(forID: original.id(of: entity)))
      #expect(
        read.attributes(of: copy).map { "\($0.key)=\($0.value.displayText)" }
          == original.attributes(of: entity).map { "\($0.key)=\($0.value.displayText)" })
    }
  }

  @Test func relationsKeepEndsLabelsSourcesAndQuotes() throws {
    let (original, read) = try Self.roundTrip()
    #expect(read.relationCount == original.relationCount)
    #expect(Fixture.relationLines(read) == Fixture.relationLines(original))
    let describe = { (graph: Graph) in
      (0..<graph.relationCount).map { position -> String in
        let relation = graph.relation(RelationIndex(position))
        let attributes = relation.attributes.map { "\($0.key)=\($0.value.displayText)" }
        return "\(graph.id(of: relation.from)) \(graph.relationType(relation.type).key) "
          + "\(graph.id(of: relation.to)) \(relation.source ?? "-") \(relation.quote ?? "-") \(attributes)"
      }.sorted()
    }
    #expect(describe(read) == describe(original))
  }
}

import Foundation
import JSONDataset
import KnowledgeGraph
import RDF
import Testing

/// `data/kg.json`, the dataset every user meets first.
@Suite struct BundledDatasetExportTests {
  let graph: Graph

  init() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
        "data/kg.json"
      ).path
    graph = try DatasetLoader.load(path: path)
  }

  @Test func alimamaReadsAsInTheDataset() {
    let block = """
      kge:alimama a kgt:Company ;
          rdfs:label "Alimama" ;
          skos:altLabel "阿里妈妈" ;
          schema:description "Alibaba's advertising and marketing arm. It runs the AI Innovation \
      Joint Lab together with Peking University." ;
          kga:founded 2007 ;
          kga:industry "advertising" ;
          kga:website "https://www.alimama.com" ;
          kgr:partner_of kge:pku ;
          kgr:specializes_in kge:advertising ;
          kgr:subsidiary_of kge:alibaba .

      """
    #expect(Exports.turtle(graph).contains("\n" + block + "_:kgr"))
  }

  @Test func alimamasRelationsCarryTheirQuotes() throws {
    let triples = try Exports.checkedTriples(graph)
    let alimama = ParsedTerm.iri("https://kg.invalid/entity/alimama")
    let subjectOf = ParsedTerm.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
    let statements = Set(
      triples.filter { $0.predicate == subjectOf && $0.object == alimama }.map(\.subject))
    let quotes = triples.filter {
      statements.contains($0.subject) && $0.predicate == .iri("https://kg.invalid/vocab/quote")
    }.map(\.object)
    #expect(
      quotes == [
        .literal(
          "a joint project between Alimama, the advertising subsidiary of Alibaba and Peking University",
          language: nil, datatype: nil),
        .literal("Alimama, the advertising subsidiary", language: nil, datatype: nil),
        .literal("Alimama, the advertising subsidiary of Alibaba", language: nil, datatype: nil),
      ])
  }

  @Test func typesAndSourcesAreDeclaredOnce() {
    let lines = Exports.nTriples(graph).split(separator: "\n")
    let rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    #expect(
      lines.filter { $0.hasSuffix(" \(rdfType) <http://www.w3.org/2000/01/rdf-schema#Class> .") }
        .count == graph.entityTypes.count)
    #expect(
      lines.contains(
        "<https://kg.invalid/relation/subsidiary_of> <http://www.w3.org/2000/01/rdf-schema#label> \"subsidiary of\" ."
      ))
    #expect(
      lines.contains(
        "<https://kg.invalid/inverse/subsidiary_of> <http://www.w3.org/2002/07/owl#inverseOf> <https://kg.invalid/relation/subsidiary_of> ."
      ))
    #expect(
      lines.contains(
        "<https://kg.invalid/relation/partner_of> \(rdfType) <http://www.w3.org/2002/07/owl#SymmetricProperty> ."
      ))
    #expect(
      lines.contains(
        "<https://kg.invalid/source/article> <http://purl.org/dc/terms/title> \"Alibaba opens two artificial intelligence labs\" ."
      ))
  }

  @Test func everyPartOfTheGraphIsCounted() throws {
    #expect(try Exports.checkedTriples(graph).count == expectedTripleCount)
  }

  @Test func exportsAreDeterministicAndSurviveAReload() throws {
    let first = Exports.nTriples(graph)
    #expect(Exports.nTriples(graph) == first)
    let json = Array(DatasetExporter(graph: graph, selection: .whole(graph)).rendered().utf8)
    let reloaded = try DatasetLoader.load(bytes: json, name: "kg.json")
    #expect(Exports.nTriples(reloaded) == first)
    #expect(Exports.turtle(reloaded) == Exports.turtle(graph))
  }

  /// The triples docs/rdf-export.md promises, counted from the graph itself.
  private var expectedTripleCount: Int {
    let metadata = graph.metadata
    var count = 2 + (metadata.description == nil ? 0 : 1) + metadata.sources.count
    for source in metadata.sources {
      count +=
        [source.title, source.publisher, source.published, source.url].compactMap { $0 }
        .count
    }
    for type in graph.relationTypes where type.isDeclared {
      let hasInverse = type.inverseLabel != RelationType.undeclared(key: type.key).inverseLabel
      count += 2 + (type.isSymmetric ? 1 : 0) + (!type.isSymmetric && hasInverse ? 3 : 0)
    }
    count += 2 * graph.entityTypes.count
    for entity in graph.entityIndices {
      count += 2 + graph.aliases(of: entity).count + (graph.description(of: entity) == nil ? 0 : 1)
      count += graph.attributes(of: entity).map { values($0.value) }.reduce(0, +)
    }
    for relation in GraphSelection.whole(graph).relations.map(graph.relation) {
      let provenance =
        (relation.source == nil ? 0 : 1) + (relation.quote == nil ? 0 : 1)
        + relation.attributes.map { values($0.value) }.reduce(0, +)
      count += 1 + (provenance > 0 ? 4 + provenance : 0)
    }
    return count
  }

  private func values(_ value: AttributeValue) -> Int {
    guard case .array(let elements) = value else { return 1 }
    return elements.map(values).reduce(0, +)
  }
}

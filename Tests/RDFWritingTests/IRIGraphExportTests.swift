import KnowledgeGraph
import RDF
import Testing

/// Graphs read from RDF: ids are compact or full IRIs and blank nodes.
@Suite struct IRIGraphExportTests {
  let graph = TestGraphs.withIRIs()
  let q42 = "<http://www.wikidata.org/entity/Q42>"

  @Test func nTriplesMatchTheGoldenFile() throws {
    try Exports.expectGolden(Exports.nTriples(graph), "iris.nt")
  }

  @Test func turtleMatchesTheGoldenFile() throws {
    try Exports.expectGolden(Exports.turtle(graph), "iris.ttl")
  }

  @Test func bothSyntaxesAreValidAndAgree() throws {
    #expect(try Exports.checkedTriples(graph).count == 38)
  }

  @Test func typesComeFromRDFTypeRelationsOnly() {
    let types = lines(containing: "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>").filter {
      $0.hasPrefix(q42)
    }
    #expect(
      types == [
        "\(q42) <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> ."
      ])
    #expect(!Exports.nTriples(graph).contains("Resource"))
  }

  @Test func keySuffixesBecomeLanguageTagsAndDatatypes() {
    let xsd = "http://www.w3.org/2001/XMLSchema#"
    let expected = [
      "\(q42) <http://schema.org/motto> \"Keine Panik\"@de .",
      "\(q42) <http://schema.org/born> \"1952\"^^<\(xsd)gYear> .",
      "\(q42) <http://example.org/height> \"1.96\"^^<\(xsd)decimal> .",
      "\(q42) <http://example.org/alive> \"false\"^^<\(xsd)boolean> .",
      "\(q42) <http://example.org/books> \"42\"^^<\(xsd)integer> .",
      "\(q42) <http://example.org/tags> \"towel\"@en-GB .",
      "\(q42) <http://example.org/tags> \"tea\"@en-GB .",
      "\(q42) <https://kg.invalid/attribute/unknown%3Athing> \"x\" .",
    ]
    let all = Set(lines(containing: q42))
    #expect(expected.filter { !all.contains($0) } == [])
  }

  @Test func blankNodesKeepTheirLabelsUnlessTheyCouldCollide() {
    let text = Exports.nTriples(graph)
    #expect(text.contains("_:b1 <http://example.org/knows> _:kgb6b6737 .\n"))
    #expect(text.contains("_:kgr0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> _:b1 .\n"))
  }

  @Test func turtleDeclaresTheGraphsPrefixesFirstAndSkipsInvalidOnes() throws {
    let reader = try TurtleReader.read(Exports.turtle(graph))
    #expect(
      reader.declaredPrefixes == [
        "wd", "schema", "rdf", "xsd", "ex", "kg", "rdfs", "owl", "skos", "dcterms", "dcat", "kge",
        "kgr", "kgi", "kgt", "kga", "kgs",
      ])
    let text = Exports.turtle(graph)
    #expect(text.contains("\n    <https://schema.org/description> \"English writer\" ;\n"))
    #expect(text.contains("\n    <https://kg.invalid/vocab/quote> \"said so\" .\n"))
    #expect(text.contains("\n<http://example.org/a%20b> rdfs:label"))
    #expect(text.contains(" ex:knows ex:full\\/Thing .\n"))
  }

  @Test func localNamesEscapeWhatTheGrammarAsksAndKeepPercentTriplets() throws {
    var builder = GraphBuilder()
    let locals = [".dot-end.", "-dash", "a/b?c#d=e&f", "100%25", "é_9", "x:y", "~t", "a b", "%zz"]
    for local in locals {
      _ = builder.addEntity(
        id: "ex:\(local)", name: "", type: nil, aliases: [], description: nil, attributes: [])
    }
    let namespaces = [Namespace(prefix: "ex", iri: "http://example.org/")]
    let graph = builder.build(
      metadata: DatasetMetadata(title: "", description: nil, sources: [], namespaces: namespaces)
    ).graph
    let subjects = Exports.turtle(graph).split(separator: "\n").filter {
      $0.hasSuffix(" rdfs:label \"\" .")
    }
    .map { $0.prefix { $0 != " " } }
    #expect(
      subjects == [
        "ex:\\.dot-end\\.", "ex:\\-dash", "ex:a\\/b\\?c\\#d\\=e\\&f", "ex:100%25", "ex:é_9",
        "ex:x:y",
        "ex:\\~t", "<http://example.org/a%20b>", "ex:\\%zz",
      ])
    _ = try Exports.checkedTriples(graph)
  }

  private func lines(containing text: String) -> [String] {
    Exports.nTriples(graph).split(separator: "\n").map(String.init).filter { $0.contains(text) }
  }
}

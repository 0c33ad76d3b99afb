import KnowledgeGraph
import RDF
import Testing

/// Graphs read from kg's JSON format: every IRI is minted under the base.
@Suite struct PlainGraphExportTests {
  let graph = TestGraphs.plain()

  @Test func nTriplesMatchTheGoldenFile() throws {
    try Exports.expectGolden(Exports.nTriples(graph), "plain.nt")
  }

  @Test func turtleMatchesTheGoldenFile() throws {
    try Exports.expectGolden(Exports.turtle(graph), "plain.ttl")
  }

  @Test func bothSyntaxesAreValidAndAgree() throws {
    #expect(try Exports.checkedTriples(graph).count == 64)
  }

  @Test func relationProvenanceIsAReifiedStatement() {
    let lines = Exports.nTriples(graph).split(separator: "\n")
    let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    let expected = [
      "_:kgr2 <\(rdf)type> <\(rdf)Statement> .",
      "_:kgr2 <\(rdf)subject> <https://kg.invalid/entity/alimama> .",
      "_:kgr2 <\(rdf)predicate> <https://kg.invalid/relation/subsidiary_of> .",
      "_:kgr2 <\(rdf)object> <https://kg.invalid/entity/alibaba> .",
      "_:kgr2 <https://kg.invalid/vocab/source> <https://kg.invalid/source/article> .",
      "_:kgr2 <https://kg.invalid/vocab/quote> \"\(TestGraphs.articleQuote)\" .",
      "_:kgr2 <https://kg.invalid/attribute/since> \"2007\" .",
    ]
    let start = lines.firstIndex { $0.hasPrefix("_:kgr2 ") }
    #expect(start.map { lines[$0..<$0 + expected.count].map(String.init) } == expected)
  }

  @Test func onlyRelationsWithProvenanceAreReified() {
    let statements = Exports.nTriples(graph).split(separator: "\n").filter {
      $0.hasSuffix("<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .")
    }
    #expect(statements.map { $0.prefix(7) } == ["_:kgr0 ", "_:kgr2 "])
  }

  @Test func anInverseLabelOtherThanTheDerivedOneGetsAnInverseProperty() throws {
    let triples = try Exports.checkedTriples(graph)
    let inverses = triples.filter {
      $0.predicate == .iri("http://www.w3.org/2002/07/owl#inverseOf")
    }
    #expect(
      inverses.map(\.description) == [
        "<https://kg.invalid/inverse/subsidiary_of> <http://www.w3.org/2002/07/owl#inverseOf> <https://kg.invalid/relation/subsidiary_of>",
        "<https://kg.invalid/inverse/unused> <http://www.w3.org/2002/07/owl#inverseOf> <https://kg.invalid/relation/unused>",
      ])
  }

  /// Everything but kg's own vocabulary, which stays put so any export reads back.
  @Test func aCustomBaseMintsEveryIRIUnderIt() throws {
    let options = try #require(RDFExportOptions(base: "http://example.org/kg"))
    #expect(options.base == "http://example.org/kg/")
    #expect(RDFExportOptions(base: "urn:x:kg#")?.base == "urn:x:kg#")
    #expect(RDFExportOptions().base == "https://kg.invalid/")
    #expect(RDFExportOptions(base: "kg/data/") == nil)
    #expect(RDFExportOptions(base: "1http://x/") == nil)
    let text = Exports.nTriples(graph, options: options)
    #expect(!text.replacing("<https://kg.invalid/vocab/", with: "").contains("kg.invalid"))
    #expect(
      text.contains(
        "<http://example.org/kg/entity/alimama> <http://www.w3.org/2000/01/rdf-schema#label> \"Alimama\" .\n"
      ))
    _ = try Exports.checkedTriples(graph, options: options)
  }

  @Test func aNeighbourhoodDeclaresOnlyWhatItUses() throws {
    let hangzhou = try #require(graph.entityIndex(forID: "hangzhou"))
    let selection = GraphSelection.around(hangzhou, depth: 1, in: graph)
    let text = Exports.turtle(graph, selection: selection)
    #expect(text.contains("kgr:located_in a rdf:Property"))
    #expect(!text.contains("kgr:subsidiary_of a"))
    #expect(!text.contains("kgr:unused"))
    #expect(text.contains("dcterms:source kgs:background .\n"))
    #expect(!text.contains("kgs:article"))
    #expect(!text.contains("kgt:University"))
    #expect(try Exports.checkedTriples(graph, selection: selection).count == 20)
  }

  @Test func numbersAreTypedByTheShapeOfTheirSpelling() throws {
    let values = ["7", "-0", "-0.5", "10.25", "1.5e3", "1E-3", "-2.0E+1"]
    var builder = GraphBuilder()
    _ = builder.addEntity(
      id: "n", name: "", type: nil, aliases: [], description: nil,
      attributes: values.map { Attribute(key: "v", value: .number($0)) })
    let numbers = builder.build(metadata: DatasetMetadata(title: "", description: nil, sources: []))
      .graph
    let objects = try Exports.checkedTriples(numbers).filter {
      $0.predicate == .iri("https://kg.invalid/attribute/v")
    }.map(\.object.description)
    let xsd = "http://www.w3.org/2001/XMLSchema#"
    #expect(
      objects == [
        "\"7\"^^<\(xsd)integer>", "\"-0\"^^<\(xsd)integer>", "\"-0.5\"^^<\(xsd)decimal>",
        "\"10.25\"^^<\(xsd)decimal>", "\"1.5e3\"^^<\(xsd)double>", "\"1E-3\"^^<\(xsd)double>",
        "\"-2.0E+1\"^^<\(xsd)double>",
      ])
  }
}

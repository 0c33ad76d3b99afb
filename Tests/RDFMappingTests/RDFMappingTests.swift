import FileInput
import GraphSearch
import KnowledgeGraph
import RDF
import Testing

/// The mapping from triples to entities that `docs/rdf.md` documents, one
/// rule at a time, on small Turtle files.
@Suite struct RDFMappingTests {
  @Test func subjectsAndResourceObjectsBecomeEntitiesWithCompactIDs() throws {
    let graph = try TurtleGraph.load(
      """
      ex:alibaba ex:owns ex:alimama .
      ex:alimama schema:location <http://www.wikidata.org/entity/Q1> .
      """)
    #expect(graph.entityCount == 3)
    let alimama = try TurtleGraph.entity("ex:alimama", in: graph)
    #expect(graph.iri(of: alimama) == "http://example.org/alimama")
    #expect(graph.entityIndex(forID: "wd:Q1") != nil)
    #expect(graph.expandedIRI("wd:Q1") == "http://www.wikidata.org/entity/Q1")
  }

  @Test func namesFollowTheLanguagePreferenceThenUntaggedThenEnglish() throws {
    let turtle = """
      ex:pku rdfs:label "Peking University"@en, "北京大学"@zh, "Universität Peking"@de .
      ex:ustc rdfs:label "USTC", "中国科学技术大学"@zh, "University of Science"@en .
      ex:hefei rdfs:label "Hefei"@en, "合肥"@zh .
      """
    let chinese = try TurtleGraph.load(turtle, languages: ["zh"])
    #expect(chinese.name(of: try TurtleGraph.entity("ex:pku", in: chinese)) == "北京大学")
    let none = try TurtleGraph.load(turtle)
    #expect(none.name(of: try TurtleGraph.entity("ex:ustc", in: none)) == "USTC")
    #expect(none.name(of: try TurtleGraph.entity("ex:pku", in: none)) == "Peking University")
    let german = try TurtleGraph.load(turtle, languages: ["de"])
    #expect(german.name(of: try TurtleGraph.entity("ex:hefei", in: german)) == "Hefei")
  }

  @Test func otherLabelsBecomeAliasesOnce() throws {
    let graph = try TurtleGraph.load(
      """
      ex:q rdfs:label "Douglas Adams"@en, "道格拉斯·亚当斯"@zh ;
        skos:prefLabel "Douglas Adams"@en ; schema:name "Douglas Adams"@en ;
        skos:altLabel "Douglas Noël Adams", "DNA" .
      """)
    let adams = try TurtleGraph.entity("ex:q", in: graph)
    #expect(graph.name(of: adams) == "Douglas Adams")
    #expect(graph.aliases(of: adams) == ["道格拉斯·亚当斯", "Douglas Noël Adams", "DNA"])
  }

  @Test func descriptionsComeFromTheDescriptionPredicates() throws {
    let graph = try TurtleGraph.load(
      """
      ex:a rdfs:comment "A comment."@en ; schema:description "The description."@en .
      ex:b rdfs:comment "Only a comment." .
      """)
    #expect(graph.description(of: try TurtleGraph.entity("ex:a", in: graph)) == "The description.")
    #expect(graph.description(of: try TurtleGraph.entity("ex:b", in: graph)) == "Only a comment.")
  }

  @Test func unlabelledEntitiesAreNamedByTheirLocalName() throws {
    let graph = try TurtleGraph.load("ex:Peking_University ex:locatedIn ex:Beijing .")
    #expect(
      graph.name(of: try TurtleGraph.entity("ex:Peking_University", in: graph))
        == "Peking University")
  }

  @Test func typesAreShownByClassNameAndClassesThatAreOnlyTypesAreNotEntities() throws {
    let graph = try TurtleGraph.load(
      """
      ex:alibaba a schema:Organization .
      ex:adams a schema:Person, ex:Writer .
      ex:Writer rdfs:label "writer" .
      """)
    #expect(graph.type(of: try TurtleGraph.entity("ex:alibaba", in: graph)) == "Organization")
    #expect(graph.type(of: try TurtleGraph.entity("ex:adams", in: graph)) == "Person · writer")
    #expect(graph.entityIndex(forID: "schema:Organization") == nil)
    let writer = try TurtleGraph.entity("ex:Writer", in: graph)
    #expect(TurtleGraph.links(of: writer, in: graph) == ["instance → ex:adams"])
  }

  @Test func typeSearchMatchesAnyOfAnEntitysClasses() throws {
    let graph = try TurtleGraph.load(
      """
      ex:adams a schema:Person, ex:Writer ; rdfs:label "Douglas Adams" .
      ex:pratchett a ex:Writer ; rdfs:label "Terry Pratchett" .
      ex:hawking a schema:Person ; rdfs:label "Stephen Hawking" .
      """)
    let index = SearchIndex(graph: graph)
    let writers = index.search("type:writer", limit: 10).map { graph.id(of: $0.entity) }
    #expect(Set(writers) == ["ex:adams", "ex:pratchett"])
    let people = index.search("type:person", limit: 10).map { graph.id(of: $0.entity) }
    #expect(Set(people) == ["ex:adams", "ex:hawking"])
  }

  @Test func relationsAreLabelledFromTheDataOrTheLocalName() throws {
    let graph = try TurtleGraph.load(
      """
      ex:adams ex:birthPlace ex:cambridge ; ex:memberOf ex:club ; ex:partOf ex:group .
      ex:memberOf rdfs:label "member of" .
      ex:hasPart owl:inverseOf ex:partOf ; rdfs:label "contains" .
      """)
    let adams = try TurtleGraph.entity("ex:adams", in: graph)
    #expect(
      Set(TurtleGraph.links(of: adams, in: graph)) == [
        "birth place → ex:cambridge", "member of → ex:club", "part of → ex:group",
      ])
    let cambridge = try TurtleGraph.entity("ex:cambridge", in: graph)
    #expect(TurtleGraph.links(of: cambridge, in: graph) == ["birth place of → ex:adams"])
    let club = try TurtleGraph.entity("ex:club", in: graph)
    #expect(TurtleGraph.links(of: club, in: graph) == ["has member → ex:adams"])
    let group = try TurtleGraph.entity("ex:group", in: graph)
    #expect(TurtleGraph.links(of: group, in: graph) == ["contains → ex:adams"])
    #expect(graph.entityIndex(forID: "ex:memberOf") == nil)
  }

  @Test func incomingRelationsReadAsEnglishAllows() throws {
    let graph = try TurtleGraph.load(
      """
      ex:a ex:author ex:b ; ex:locatedIn ex:c ; ex:owns ex:d ; ex:hasPart ex:e ; ex:isPartOf ex:f .
      """)
    let incoming = try ["ex:b", "ex:c", "ex:d", "ex:e", "ex:f"].flatMap { id in
      TurtleGraph.links(of: try TurtleGraph.entity(id, in: graph), in: graph)
    }
    #expect(
      incoming == [
        "author of → ex:a", "inverse of located in → ex:a", "inverse of owns → ex:a",
        "part of → ex:a", "has part → ex:a",
      ])
  }

  @Test func literalsAreAttributesWithTheirLanguageOrDatatype() throws {
    let graph = try TurtleGraph.load(
      """
      ex:alibaba ex:founded 1999 ; ex:revenue 12.5 ; ex:listed true ;
        ex:motto "Make it easy"@en ; ex:since "2022-09-01"^^xsd:date ; ex:code "BABA" .
      """)
    let alibaba = try TurtleGraph.entity("ex:alibaba", in: graph)
    #expect(
      graph.attributes(of: alibaba) == [
        Attribute(key: "ex:founded", value: .number("1999")),
        Attribute(key: "ex:revenue", value: .number("12.5")),
        Attribute(key: "ex:listed", value: .bool(true)),
        Attribute(key: "ex:motto@en", value: .string("Make it easy")),
        Attribute(key: "ex:since^^xsd:date", value: .string("2022-09-01")),
        Attribute(key: "ex:code", value: .string("BABA")),
      ])
  }

  /// Lexical forms that xsd allows and JSON does not are rewritten; one
  /// that is not a valid value stays a string, keyed with its datatype.
  @Test func numbersAndBooleansBecomeTheirJSONValues() throws {
    let graph = try TurtleGraph.load(
      """
      ex:a ex:plus "+05"^^xsd:integer ; ex:point ".5"^^xsd:decimal ; ex:end "3."^^xsd:decimal ;
        ex:one "1"^^xsd:boolean ; ex:zero "0"^^xsd:boolean ; ex:no "false"^^xsd:boolean ;
        ex:bad "12a"^^xsd:integer ; ex:maybe "yes"^^xsd:boolean ; ex:big "-1.5E3"^^xsd:double .
      """)
    let entity = try TurtleGraph.entity("ex:a", in: graph)
    #expect(
      graph.attributes(of: entity) == [
        Attribute(key: "ex:plus", value: .number("5")),
        Attribute(key: "ex:point", value: .number("0.5")),
        Attribute(key: "ex:end", value: .number("3.0")),
        Attribute(key: "ex:one", value: .bool(true)),
        Attribute(key: "ex:zero", value: .bool(false)),
        Attribute(key: "ex:no", value: .bool(false)),
        Attribute(key: "ex:bad^^xsd:integer", value: .string("12a")),
        Attribute(key: "ex:maybe^^xsd:boolean", value: .string("yes")),
        Attribute(key: "ex:big", value: .number("-1.5E3")),
      ])
  }

  @Test func blankNodesAreEntitiesNamedAfterTheirLink() throws {
    let graph = try TurtleGraph.load("ex:pku ex:address [ ex:city \"Beijing\" ] .")
    #expect(graph.entityCount == 2)
    let pku = try TurtleGraph.entity("ex:pku", in: graph)
    let address = try #require(graph.edges(of: pku, direction: .outgoing).first?.other)
    #expect(graph.name(of: address) == "(blank node: address)")
    #expect(graph.iri(of: address) == nil)
  }

  @Test func listsReadAsOrderedMembersNotChains() throws {
    let graph = try TurtleGraph.load(
      """
      ex:route ex:stops (ex:a ex:b ex:c) ; ex:tags ("x" "y") .
      """)
    #expect(graph.entityCount == 4)
    let route = try TurtleGraph.entity("ex:route", in: graph)
    #expect(
      TurtleGraph.links(of: route, in: graph) == ["stops → ex:a", "stops → ex:b", "stops → ex:c"])
    #expect(
      graph.attributes(of: route) == [
        Attribute(key: "ex:tags", value: .array([.string("x"), .string("y")]))
      ])
  }

  @Test func namedGraphsAreTheSourcesOfTheirRelations() throws {
    let graph = try TurtleGraph.load(
      """
      <http://example.org/a> <http://example.org/knows> <http://example.org/b> <http://example.org/article> .
      <http://example.org/a> <http://example.org/knows> <http://example.org/c> .
      """, format: .nQuads)
    #expect(graph.metadata.sources.map(\.key) == ["http://example.org/article"])
    let a = try TurtleGraph.entity("http://example.org/a", in: graph)
    let sources = graph.edges(of: a, direction: .outgoing).map {
      graph.relation($0.relation).source
    }
    #expect(sources == ["http://example.org/article", nil])
  }

  @Test func reifiedProvenanceFoldsIntoItsRelation() throws {
    let graph = try TurtleGraph.load(
      """
      @prefix kg: <https://kg.invalid/vocab/> .
      ex:alimama ex:partnerOf ex:pku .
      [] a rdf:Statement ; rdf:subject ex:alimama ; rdf:predicate ex:partnerOf ; rdf:object ex:pku ;
        kg:source ex:article ; kg:quote "Alimama and PKU opened a lab." ; ex:since 2022 .
      ex:article rdfs:label "The article" .
      """)
    #expect(graph.entityCount == 2)
    let alimama = try TurtleGraph.entity("ex:alimama", in: graph)
    let relation = try #require(graph.edges(of: alimama, direction: .outgoing).first?.relation)
    #expect(graph.relation(relation).source == "ex:article")
    #expect(graph.metadata.source(forKey: "ex:article")?.title == "The article")
    #expect(graph.relation(relation).quote == "Alimama and PKU opened a lab.")
    #expect(
      graph.relation(relation).attributes == [Attribute(key: "ex:since", value: .number("2022"))])
  }

  @Test func pathsSkipTypeLinksUnlessAsked() throws {
    let graph = try TurtleGraph.load(
      """
      ex:Company rdfs:label "company" .
      ex:a a ex:Company . ex:b a ex:Company .
      """)
    let finder = PathFinder(graph: graph)
    let a = try TurtleGraph.entity("ex:a", in: graph)
    let b = try TurtleGraph.entity("ex:b", in: graph)
    #expect(finder.shortestPath(from: a, to: b) == nil)
    let type = try #require(graph.relationTypeIndex(forKey: "rdf:type"))
    let query = PathQuery(relationTypes: RelationTypeFilter(allowing: [type], in: graph))
    #expect(finder.shortestPaths(from: a, to: b, query: query).paths.first?.count == 2)
  }

  /// Found in review: `<ex:a>` is an IRI with the scheme `ex`, whose id would
  /// clash with the compact form of `ex:a`; each keeps its own links.
  @Test func idsStayUniqueWhenACompactFormIsAlsoAnIRI() throws {
    let graph = try TurtleGraph.load(
      """
      <ex:a> ex:p ex:z ; ex:code "one" .
      ex:a ex:code "two" .
      ex:z ex:p ex:a .
      """)
    #expect(graph.entityCount == 3)
    let scheme = try TurtleGraph.entity("ex:a", in: graph)
    #expect(graph.attributes(of: scheme).map(\.value) == [.string("one")])
    let prefixed = try TurtleGraph.entity("http://example.org/a", in: graph)
    #expect(graph.attributes(of: prefixed).map(\.value) == [.string("two")])
    let z = try TurtleGraph.entity("ex:z", in: graph)
    #expect(TurtleGraph.links(of: z, in: graph) == ["p → http://example.org/a", "p of → ex:a"])
  }

  /// Found in review: the 65,536th relation type crashed the graph build.
  @Test func predicatesPastTheRelationTypeLimitAreLeftOutWithoutATrap() throws {
    let lines = (0...65_535).map {
      "<http://example.org/a> <http://example.org/p\($0)> <http://example.org/b> .\n"
    }
    let graph = try TurtleGraph.load(lines.joined(), format: .nTriples)
    #expect(graph.relationTypes.count == 65_535)
    #expect(graph.relationCount == 65_535)
  }

  /// Found by the fuzzer: the reader read past the end of the input.
  @Test func aPrefixDirectiveCutOffAtTheEndIsAnError() {
    #expect(
      throws: LoadError("test.ttl:4:1: expected a prefix name ending in ':', found end of input")
    ) {
      try TurtleGraph.load(
        "@prefix : <http://example.org/> .\n:a :b ( \"apple\" \"banana\" ) .\nPREFIX\n",
        withPrefixes: false)
    }
  }

  @Test func syntaxErrorsNameTheFileLineAndColumn() {
    #expect(throws: LoadError("test.ttl:8:11: the prefix 'nope:' is not declared")) {
      try TurtleGraph.load("ex:a ex:b nope:c .")
    }
  }
}

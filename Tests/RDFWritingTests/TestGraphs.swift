import KnowledgeGraph

/// Small graphs of both kinds the exporters meet.
enum TestGraphs {
  static let articleQuote = "Alimama, Alibaba's advertising arm"

  /// A graph as kg's JSON format gives it: plain ids.
  static func plain() -> Graph {
    var builder = GraphBuilder()
    builder.declareRelationType(
      key: "subsidiary_of", label: "subsidiary of", inverseLabel: "has subsidiary",
      isSymmetric: false)
    builder.declareRelationType(
      key: "partner_of", label: "partner of", inverseLabel: nil, isSymmetric: true)
    builder.declareRelationType(
      key: "located_in", label: "located in", inverseLabel: nil, isSymmetric: false)
    builder.declareRelationType(
      key: "unused", label: "never used", inverseLabel: "never used either", isSymmetric: false)
    let alibaba = builder.addEntity(
      id: "alibaba", name: "Alibaba Group", type: "Company", aliases: [], description: nil,
      attributes: [])!
    let alimama = builder.addEntity(
      id: "alimama", name: "Alimama", type: "Company", aliases: ["阿里妈妈", "Mama"],
      description: "Alibaba's marketing arm.",
      attributes: [
        Attribute(key: "founded", value: .number("2007")),
        Attribute(key: "share", value: .number("-0.5")),
        Attribute(key: "revenue", value: .number("1.5e3")),
        Attribute(key: "listed", value: .bool(false)),
        Attribute(key: "tags", value: .array([.string("ads"), .number("7")])),
        Attribute(key: "web site", value: .string("https://www.alimama.com")),
      ])!
    let pku = builder.addEntity(
      id: "pku", name: "Peking University", type: "University", aliases: [], description: nil,
      attributes: [])!
    let hangzhou = builder.addEntity(
      id: "hangzhou", name: "Hangzhou", type: "Place", aliases: [], description: nil,
      attributes: [])!
    builder.addRelation(
      from: alimama, type: builder.relationType(forKey: "subsidiary_of"), to: alibaba,
      source: "article", quote: articleQuote,
      attributes: [Attribute(key: "since", value: .string("2007"))])
    builder.addRelation(
      from: pku, type: builder.relationType(forKey: "partner_of"), to: alimama, source: nil,
      quote: nil, attributes: [])
    builder.addRelation(
      from: alibaba, type: builder.relationType(forKey: "located_in"), to: hangzhou,
      source: "background", quote: nil, attributes: [])
    builder.addRelation(
      from: alibaba, type: builder.relationType(forKey: "owns"), to: alimama, source: nil,
      quote: nil, attributes: [])
    let sources = [
      Source(
        key: "article", title: "Alibaba bets on AI", publisher: "Example News",
        published: "2022-09-01", url: "https://example.com/a"),
      Source(key: "background", title: nil, publisher: nil, published: nil, url: nil),
    ]
    return builder.build(
      metadata: DatasetMetadata(
        title: "Test graph", description: "A small graph.", sources: sources)
    ).graph
  }

  /// A graph as kg's RDF reader gives it: compact and full IRIs, blank
  /// nodes, `rdf:type` as a relation, language and datatype suffixes on keys.
  static func withIRIs() -> Graph {
    var builder = GraphBuilder()
    builder.declareRelationType(
      key: "ex:knows", label: "knows", inverseLabel: "known by", isSymmetric: false)
    let attributes = [
      Attribute(key: "schema:motto@de", value: .string("Keine Panik")),
      Attribute(key: "schema:born^^xsd:gYear", value: .string("1952")),
      Attribute(
        key: "ex:height^^http://www.w3.org/2001/XMLSchema#decimal", value: .number("1.96")),
      Attribute(key: "ex:alive", value: .bool(false)),
      Attribute(key: "ex:books", value: .number("42")),
      Attribute(key: "ex:tags@en-GB", value: .array([.string("towel"), .string("tea")])),
      Attribute(key: "unknown:thing", value: .string("x")),
      Attribute(key: "ex:note@not a tag", value: .string("y")),
    ]
    let ids = [
      "wd:Q42", "schema:Person", "_:b1", "_:kg7", "ex:a b", "http://example.org/full/Thing",
      "plain",
    ]
    let entities = ids.map { id in
      builder.addEntity(
        id: id, name: "name of \(id)", type: "Resource", aliases: id == "wd:Q42" ? ["DNA"] : [],
        description: id == "wd:Q42" ? "English writer" : nil,
        attributes: id == "wd:Q42" ? attributes : [])!
    }
    let knows = builder.relationType(forKey: "ex:knows")
    builder.addRelation(
      from: entities[0], type: builder.relationType(forKey: "rdf:type"), to: entities[1],
      source: nil, quote: nil, attributes: [])
    builder.addRelation(
      from: entities[0], type: knows, to: entities[2], source: "ex:article", quote: "said so",
      attributes: [])
    for (from, to) in [(2, 3), (4, 5), (6, 0)] {
      builder.addRelation(
        from: entities[from], type: knows, to: entities[to], source: nil, quote: nil,
        attributes: [])
    }
    let namespaces = [
      Namespace(prefix: "wd", iri: "http://www.wikidata.org/entity/"),
      Namespace(prefix: "schema", iri: "http://schema.org/"),
      Namespace(prefix: "rdf", iri: "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
      Namespace(prefix: "xsd", iri: "http://www.w3.org/2001/XMLSchema#"),
      Namespace(prefix: "ex", iri: "http://example.org/"),
      Namespace(prefix: "bad prefix", iri: "http://bad.example/"),
      Namespace(prefix: "kg", iri: "http://other.example/kg#"),
      Namespace(prefix: "relative", iri: "relative/"),
    ]
    let sources = [
      Source(key: "ex:article", title: "An article", publisher: nil, published: nil, url: nil)
    ]
    return builder.build(
      metadata: DatasetMetadata(
        title: "IRIs", description: nil, sources: sources, namespaces: namespaces)
    ).graph
  }
}

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
      metadata: DatasetMetadata(title: "Test graph", description: "A small graph.", sources: sources)
    ).graph
  }
}

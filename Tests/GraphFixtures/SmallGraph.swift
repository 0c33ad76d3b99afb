import KnowledgeGraph

/// acme ← beta (subsidiary), acme → delta (located), epsilon — beta (partner), loner alone:
/// a seven-entity graph shared by the query and resolver tests.
public enum SmallGraph {
  public static func make() -> Graph {
    var builder = GraphBuilder()
    builder.declareRelationType(
      key: "subsidiary_of", label: "subsidiary of", inverseLabel: "has subsidiary",
      isSymmetric: false)
    builder.declareRelationType(
      key: "located_in", label: "located in", inverseLabel: "location of", isSymmetric: false)
    builder.declareRelationType(
      key: "partner_of", label: "partner of", inverseLabel: "", isSymmetric: true)
    let entities: [(String, String, [String])] = [
      ("acme", "Acme Corp", ["ACME", "阿克米"]), ("beta", "Beta Labs", []),
      ("delta", "Delta City", []),
      ("epsilon", "Epsilon University", []), ("loner", "Loner", []), ("twin-a", "Twin", []),
      ("twin-b", "Twin", ["Beta Labs"]),
    ]
    for (id, name, aliases) in entities {
      _ = builder.addEntity(
        id: id, name: name, type: id == "delta" ? "City" : "Company", aliases: aliases,
        description: nil, attributes: [])
    }
    func relate(_ from: Int, _ type: String, _ to: Int) {
      let key = builder.relationType(forKey: type)
      builder.addRelation(
        from: EntityIndex(from), type: key, to: EntityIndex(to), source: nil, quote: nil,
        attributes: [])
    }
    relate(1, "subsidiary_of", 0)
    relate(0, "located_in", 2)
    relate(3, "partner_of", 1)
    relate(5, "partner_of", 6)
    return builder.build(metadata: DatasetMetadata(title: "q", description: nil, sources: [])).graph
  }
}

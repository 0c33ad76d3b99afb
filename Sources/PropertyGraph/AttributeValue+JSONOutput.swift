import KnowledgeGraph

extension AttributeValue {
  /// The value as JSON, spelled as the graph stores attribute values (as
  /// `GraphBuilder.addEntity` spells them), for values built as
  /// `AttributeValue`s: Neo4j labels, CSV arrays and unusual number spellings.
  var jsonOutput: JSONOutput {
    switch self {
    case .string(let text): .string(text)
    case .number(let literal): .number(literal)
    case .bool(let flag): .bool(flag)
    case .array(let values): .array(values.map(\.jsonOutput))
    }
  }
}

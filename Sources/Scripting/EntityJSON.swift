import KnowledgeGraph

/// The JSON shapes that several commands share; documented in `docs/json-output.md`.
public enum EntityJSON {
  /// `{"id": …, "name": …, "type": …}`: enough to name an entity and look it up again.
  /// Graphs read from RDF add the full `iri`.
  public static func reference(_ entity: EntityIndex, in graph: Graph) -> JSONOutput {
    var fields: [(key: String, value: JSONOutput)] = [
      ("id", .string(graph.id(of: entity))), ("name", .string(graph.name(of: entity))),
      ("type", .string(graph.type(of: entity))),
    ]
    if let iri = graph.iri(of: entity) { fields.append(("iri", .string(iri))) }
    return .object(fields)
  }

  /// One step: `{"from": id, "to": id, "type": key, "label": …, "direction": …}`.
  /// `direction` is `forward` along the relation and `backward` against it,
  /// where `label` is the inverse label.
  public static func step(_ step: PathStep, in graph: Graph) -> JSONOutput {
    .object([
      ("from", .string(graph.id(of: step.from))), ("to", .string(graph.id(of: step.to))),
      ("type", .string(graph.relationType(step.edge.type).key)),
      ("label", .string(graph.label(of: step.edge))),
      ("direction", .string(step.edge.direction == .outgoing ? "forward" : "backward")),
    ])
  }

  /// The relation type keys of a filter, or null when every type is allowed.
  public static func typeKeys(_ filter: RelationTypeFilter?, in graph: Graph) -> JSONOutput {
    guard let filter else { return .null }
    return .array(filter.allowedTypes.map { .string(graph.relationType($0).key) })
  }

  public static func optional(_ text: String?) -> JSONOutput { text.map { .string($0) } ?? .null }
}

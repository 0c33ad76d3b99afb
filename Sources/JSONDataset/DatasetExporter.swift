import KnowledgeGraph

/// Writes a graph, or part of one, as dataset format v1 JSON.
///
/// The layout is fixed (one entity or relation per line, fields in the
/// format's order, attribute numbers as the dataset spelled them), so loading
/// an export and exporting again gives the same bytes, and exports diff well.
public struct DatasetExporter: GraphExporter {
  public let graph: Graph
  public let selection: GraphSelection

  public init(graph: Graph, selection: GraphSelection) {
    self.graph = graph
    self.selection = selection
  }

  public func write(to output: inout some TextOutputStream) {
    output.write("{\n  \"kg\": 1,\n")
    writeMember("title", .string(graph.metadata.title), to: &output)
    if let description = graph.metadata.description {
      writeMember("description", .string(description), to: &output)
    }
    writeObject(
      "sources", sources.map { ($0.key, sourceJSON($0)) }, to: &output)
    writeObject(
      "relationTypes", relationTypes.map { ($0.key, relationTypeJSON($0)) }, to: &output)
    writeArray("entities", selection.entities.map(entityJSON), to: &output)
    output.write(",\n")
    writeArray("relations", selection.relations.map(relationJSON), to: &output)
    output.write("\n}\n")
  }

  // MARK: Layout

  private func writeMember(
    _ key: String, _ value: JSONOutput, to output: inout some TextOutputStream
  ) {
    output.write("  " + JSONOutput.string(key).rendered() + ": " + value.rendered() + ",\n")
  }

  private func writeObject(
    _ key: String, _ members: [(String, JSONOutput)], to output: inout some TextOutputStream
  ) {
    guard !members.isEmpty else { return }
    output.write("  " + JSONOutput.string(key).rendered() + ": {")
    for (position, member) in members.enumerated() {
      output.write(position == 0 ? "\n    " : ",\n    ")
      output.write(JSONOutput.string(member.0).rendered() + ": " + member.1.rendered())
    }
    output.write("\n  },\n")
  }

  private func writeArray(
    _ key: String, _ elements: [JSONOutput], to output: inout some TextOutputStream
  ) {
    output.write("  " + JSONOutput.string(key).rendered() + ": [")
    for (position, element) in elements.enumerated() {
      output.write(position == 0 ? "\n    " : ",\n    ")
      output.write(element.rendered())
    }
    output.write(elements.isEmpty ? "]" : "\n  ]")
  }

  // MARK: Declarations

  /// Every declared source for the whole graph; for a part, those its relations cite.
  private var sources: [Source] {
    guard !selection.isWholeGraph else { return graph.metadata.sources }
    let cited = Set(selection.relations.compactMap { graph.relation($0).source })
    return graph.metadata.sources.filter { cited.contains($0.key) }
  }

  /// Declared relation types; for a part, only those its relations use.
  private var relationTypes: [RelationType] {
    let declared = graph.relationTypes.filter(\.isDeclared)
    guard !selection.isWholeGraph else { return declared }
    let used = Set(selection.relations.map { graph.relation($0).type })
    return graph.relationTypes.indices.filter {
      graph.relationTypes[$0].isDeclared && used.contains(RelationTypeIndex($0))
    }.map { graph.relationTypes[$0] }
  }

  private func sourceJSON(_ source: Source) -> JSONOutput {
    .object(
      [
        ("title", source.title), ("publisher", source.publisher),
        ("published", source.published), ("url", source.url),
      ].compactMap { key, value in value.map { (key, JSONOutput.string($0)) } })
  }

  private func relationTypeJSON(_ type: RelationType) -> JSONOutput {
    guard !type.isSymmetric else {
      return .object([("label", .string(type.label)), ("symmetric", .bool(true))])
    }
    return .object([("label", .string(type.label)), ("inverse", .string(type.inverseLabel))])
  }

  // MARK: Records

  private func entityJSON(_ entity: EntityIndex) -> JSONOutput {
    var members: [(key: String, value: JSONOutput)] = [
      ("id", .string(graph.id(of: entity))), ("name", .string(graph.name(of: entity))),
      ("type", .string(graph.type(of: entity))),
    ]
    let aliases = graph.aliases(of: entity)
    if !aliases.isEmpty { members.append(("aliases", .array(aliases.map { .string($0) }))) }
    if let description = graph.description(of: entity) {
      members.append(("description", .string(description)))
    }
    let attributes = graph.attributes(of: entity)
    if !attributes.isEmpty { members.append(("attributes", Self.json(attributes))) }
    return .object(members)
  }

  private func relationJSON(_ index: RelationIndex) -> JSONOutput {
    let relation = graph.relation(index)
    var members: [(key: String, value: JSONOutput)] = [
      ("from", .string(graph.id(of: relation.from))),
      ("type", .string(graph.relationType(relation.type).key)),
      ("to", .string(graph.id(of: relation.to))),
    ]
    if let source = relation.source { members.append(("source", .string(source))) }
    if let quote = relation.quote { members.append(("quote", .string(quote))) }
    if !relation.attributes.isEmpty {
      members.append(("attributes", Self.json(relation.attributes)))
    }
    return .object(members)
  }

  /// Attributes as a JSON object in dataset order; numbers keep their literal spelling.
  public static func json(_ attributes: [Attribute]) -> JSONOutput {
    .object(attributes.map { ($0.key, json($0.value)) })
  }

  public static func json(_ value: AttributeValue) -> JSONOutput {
    switch value {
    case .string(let text): .string(text)
    case .number(let literal): .number(literal)
    case .bool(let flag): .bool(flag)
    case .array(let values): .array(values.map(json))
    }
  }
}

import KnowledgeGraph

/// `kg path`: shortest paths as chains of typed steps.
public struct PathReport: Sendable {
  public let graph: Graph

  public init(graph: Graph) { self.graph = graph }

  /// One path: the chain on one line, then each step as walked, numbered.
  /// Several paths: one numbered chain per line.
  public func text(_ result: PathResult, from start: EntityIndex, style: TextStyle) -> String {
    guard result.paths.count == 1, let path = result.paths.first else {
      var lines = result.paths.enumerated().map { number, path in
        "\(number + 1). " + StepText.chain(path, from: start, in: graph, style: style)
      }
      if result.isTruncated { lines.append(style.faint("… more shortest paths not shown")) }
      return lines.map { $0 + "\n" }.joined()
    }
    var lines = [StepText.chain(path, from: start, in: graph, style: style)]
    for (number, step) in path.enumerated() {
      lines.append(
        "  \(number + 1). " + style.entity(step.from, in: graph) + " "
          + StepText.walkedConnector(step, in: graph, style: style) + " "
          + style.entity(step.to, in: graph))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The one-line message for no path, e.g. `no path from SMIC to Alimama within 2 hops`.
  public func noPathMessage(from start: EntityIndex, to goal: EntityIndex, query: PathQuery)
    -> String
  {
    let via = query.relationTypes.map { filter in
      " via "
        + filter.allowedTypes.map { TerminalSafeText.singleLine(graph.relationType($0).key) }
        .joined(separator: ", ")
    }
    return "no path from \(TerminalSafeText.singleLine(graph.id(of: start))) to "
      + "\(TerminalSafeText.singleLine(graph.id(of: goal))) within \(query.maxHops) hops"
      + (via ?? "")
  }

  public func json(
    _ result: PathResult, from start: EntityIndex, to goal: EntityIndex, query: PathQuery
  ) -> JSONOutput {
    .object([
      ("from", EntityJSON.reference(start, in: graph)),
      ("to", EntityJSON.reference(goal, in: graph)),
      ("maxHops", .int(query.maxHops)),
      ("via", EntityJSON.typeKeys(query.relationTypes, in: graph)),
      ("length", result.length.map { .int($0) } ?? .null),
      ("paths", .array(result.paths.map { .array($0.map { EntityJSON.step($0, in: graph) }) })),
      ("truncated", .bool(result.isTruncated)),
    ])
  }
}

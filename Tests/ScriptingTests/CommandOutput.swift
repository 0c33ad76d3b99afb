import GraphSearch
import KnowledgeGraph
import Scripting

/// Renders what each command prints, as the commands do, so goldens cover
/// the exact text and JSON a user gets.
struct CommandOutput {
  let graph: Graph
  var style = TextStyle.plain

  func show(_ id: String, limit: Int = 0) -> (text: String, json: String) {
    let report = EntityCardReport(graph: graph, limitPerGroup: limit)
    let entity = Fixture.entity(id, in: graph)
    return (report.text(entity, style: style), pretty(report.json(entity)))
  }

  func neighbors(
    _ id: String, depth: Int = 1, direction: TraversalDirection = .both, types: [String] = []
  ) throws -> (text: String, json: String) {
    let filter = types.isEmpty ? nil : try RelationTypeFilter(names: types, in: graph)
    let neighborhood = Neighborhood(
      graph: graph, center: Fixture.entity(id, in: graph), depth: depth, direction: direction,
      filter: filter)
    let report = NeighborhoodReport(graph: graph)
    return (
      report.text(neighborhood, style: style),
      pretty(report.json(neighborhood, direction: direction, filter: filter))
    )
  }

  func path(_ from: String, _ to: String, via: [String] = [], maxHops: Int = 6, all: Bool = false)
    throws -> (text: String, json: String, message: String?)
  {
    let start = Fixture.entity(from, in: graph)
    let goal = Fixture.entity(to, in: graph)
    let filter = via.isEmpty ? nil : try RelationTypeFilter(names: via, in: graph)
    let query = PathQuery(maxHops: maxHops, relationTypes: filter, limit: all ? 50 : 1)
    let result = PathFinder(graph: graph).shortestPaths(from: start, to: goal, query: query)
    let report = PathReport(graph: graph)
    let message =
      result.paths.isEmpty
      ? "kg: " + report.noPathMessage(from: start, to: goal, query: query) : nil
    return (
      report.text(result, from: start, style: style),
      pretty(report.json(result, from: start, to: goal, query: query)), message
    )
  }

  func stats() -> (text: String, json: String) {
    let stats = GraphStatistics(graph: graph)
    let report = StatsReport(graph: graph)
    return (report.text(stats, style: style), pretty(report.json(stats)))
  }

  /// What `kg show TEXT` says when TEXT names no single entity: the stderr
  /// line and the `--json` document.
  func unresolved(_ text: String) -> (message: String, json: String) {
    let resolution = EntityResolver(graph: graph).resolve(text)
    let report = ResolutionReport(graph: graph)
    return (
      "kg: " + (report.message(for: text, resolution: resolution) ?? "resolved") + "\n",
      report.json(for: text, resolution: resolution).map(pretty) ?? "resolved"
    )
  }

  private func pretty(_ json: JSONOutput) -> String { json.rendered(pretty: true) + "\n" }
}

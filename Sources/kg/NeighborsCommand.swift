import ArgumentParser
import KnowledgeGraph
import SPARQL
import Scripting

extension TraversalDirection: ExpressibleByArgument {}

/// `kg neighbors`: the entities within N hops of one entity.
struct NeighborsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "neighbors", abstract: "List entities within N hops.",
    discussion: """
      Prints one line per entity, nearest first: distance, id, name, type, and
      the relation that reached it.

      Examples:
        kg neighbors alibaba
        kg neighbors alibaba --depth 2 --direction in --type subsidiary_of

      Exit codes: 0 listed (even if none); 1 no such entity or an ambiguous
      name; 2 usage or data error.
      """)

  @OptionGroup var options: QueryOptions

  @Argument(help: "An id, name or alias.")
  var entity: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Follow only this relation type (key or label); repeat for several.", valueName: "T"))
  var type: [String] = []

  @Option(name: .long, help: "Follow relations out of, into, or both ways from each entity.")
  var direction: TraversalDirection = .both

  @Option(name: .long, help: "How many hops to walk.")
  var depth = 1

  func validate() throws {
    guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
  }

  func run() throws {
    if let endpoint = options.global.source.endpoint() {
      let iri = EndpointQueries.resolve(entity, at: endpoint)
      let found = EndpointQueries.answer { () throws(EndpointFailure) in
        try endpoint.neighborhood(around: iri, depth: depth, direction: direction)
      }
      EndpointQueries.notePartial(found.isPartial, at: endpoint)
      return list(around: found.center, in: found.graph)
    }
    let graph = try options.global.loadGraph()
    list(around: options.resolve(entity, in: graph), in: graph)
  }

  private func list(around center: EntityIndex, in graph: Graph) {
    let filter = options.relationFilter(type, in: graph)
    let neighborhood = Neighborhood(
      graph: graph, center: center, depth: depth, direction: direction, filter: filter)
    let report = NeighborhoodReport(graph: graph)
    options.emit(
      json: report.json(neighborhood, direction: direction, filter: filter),
      text: report.text(neighborhood, style: options.textStyle))
  }
}

import ArgumentParser
import KnowledgeGraph
import SPARQL
import Scripting

/// `kg show`: one entity's card, as the browser's detail pane shows it.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one entity with its relations.",
    discussion: """
      ENTITY is an id, or a name or alias (any case) that names exactly one
      entity. Relations are grouped by label: outgoing ones with their label,
      incoming ones with the inverse label.

      Examples:
        kg show alimama
        kg show "Peking University" --json

      Exit codes: 0 shown; 1 no such entity, or the name is ambiguous (the
      candidates are listed); 2 usage or data error.
      """)

  @OptionGroup var options: QueryOptions

  @Argument(help: "An id, name or alias.")
  var entity: String

  @Option(name: .long, help: "List at most N relations per group; 0 lists all.")
  var limit = 0

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
  }

  func run() throws {
    if let endpoint = options.global.source.endpoint() { return show(from: endpoint) }
    let graph = try options.global.loadGraph()
    let found = options.resolve(entity, in: graph)
    let report = EntityCardReport(graph: graph, limitPerGroup: limit)
    options.emit(json: report.json(found), text: report.text(found, style: options.textStyle))
  }

  /// The card of an entity page: large groups show the endpoint's count.
  private func show(from endpoint: EndpointSource) {
    let iri = EndpointQueries.resolve(entity, at: endpoint)
    let page = EndpointQueries.answer { () throws(EndpointFailure) in try endpoint.page(for: iri) }
    EndpointQueries.notePartial(page.isPartial, at: endpoint)
    let report = EntityCardReport(graph: page.graph, limitPerGroup: limit) { page.total(of: $0) }
    options.emit(
      json: report.json(page.entity), text: report.text(page.entity, style: options.textStyle))
  }
}

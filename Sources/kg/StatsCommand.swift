import ArgumentParser
import KnowledgeGraph
import Scripting

/// `kg stats`: the size and shape of the graph.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "Summarize the graph.",
    discussion: """
      Counts entities, relations, entity types and relation types; lists the
      most connected entities; and counts connected components (ignoring
      relation direction).

      Exit codes: 0 success; 2 usage or data error.
      """)

  @OptionGroup var options: QueryOptions

  @Option(name: .long, help: "How many entities and components to list.")
  var top = 10

  func validate() throws {
    guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
  }

  func run() throws {
    let graph = try options.global.loadGraph()
    let stats = GraphStatistics(graph: graph, top: top)
    let report = StatsReport(graph: graph)
    options.emit(json: report.json(stats), text: report.text(stats, style: options.textStyle))
  }
}

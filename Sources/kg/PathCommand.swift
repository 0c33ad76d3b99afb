import ArgumentParser
import KnowledgeGraph
import SPARQL
import Scripting

/// `kg path`: how two entities are connected.
struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path", abstract: "Find the shortest path between two entities.",
    discussion: """
      Relations are walked in both directions. A step along a relation reads
      —label→, a step against it ←label— (and the numbered steps give the
      inverse label).

      Examples:
        kg path smic alimama
        kg path smic alimama --all --via located_in --via subsidiary_of

      Exit codes: 0 a path was found; 1 no path within --max-hops, or an
      entity is unknown or ambiguous; 2 usage or data error.
      """)

  @OptionGroup var options: QueryOptions

  @Argument(help: "Where the path starts: an id, name or alias.")
  var from: String

  @Argument(help: "Where the path ends: an id, name or alias.")
  var to: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Walk only this relation type (key or label); repeat for several.", valueName: "T"))
  var via: [String] = []

  @Option(name: .long, help: "The longest path worth finding, in steps.")
  var maxHops = 6

  @Flag(name: .long, help: "List every shortest path, up to --limit.")
  var all = false

  @Option(name: .long, help: "With --all, list at most N paths.")
  var limit = 50

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --sparql, give up after this many seconds (default 30).", valueName: "SECONDS"))
  var timeout = 30

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --sparql, give up after this many queries (default 60).", valueName: "N"))
  var maxQueries = 60

  func validate() throws {
    guard timeout >= 1, maxQueries >= 1 else {
      throw ValidationError("--timeout and --max-queries must be at least 1")
    }
    guard (1...1000).contains(maxHops) else {
      throw ValidationError("--max-hops must be between 1 and 1000")
    }
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    if let endpoint = options.global.source.endpoint() { return findPath(at: endpoint) }
    let graph = try options.global.loadGraph()
    let start = options.resolve(from, in: graph)
    let goal = options.resolve(to, in: graph)
    let query = PathQuery(
      maxHops: maxHops,
      relationTypes: options.relationFilter(via, in: graph) ?? .forPaths(in: graph),
      limit: all ? limit : 1)
    let result = PathFinder(graph: graph).shortestPaths(from: start, to: goal, query: query)
    let report = PathReport(graph: graph)
    if options.json || !result.paths.isEmpty {
      options.emit(
        json: report.json(result, from: start, to: goal, query: query),
        text: report.text(result, from: start, style: options.textStyle))
    }
    if result.paths.isEmpty {
      fail(report.noPathMessage(from: start, to: goal, query: query), code: 1)
    }
  }

  /// One shortest path, searched from both ends over the endpoint within
  /// the hop, query and time budget; the message says which ran out.
  private func findPath(at endpoint: EndpointSource) {
    guard via.isEmpty, !all else { fail("--via and --all need a file, not --sparql") }
    let start = EndpointQueries.resolve(from, at: endpoint)
    let goal = EndpointQueries.resolve(to, at: endpoint)
    let budget = PathBudget(maxHops: maxHops, maxQueries: maxQueries, timeout: .seconds(timeout))
    let outcome = EndpointQueries.answer { () throws(EndpointFailure) in
      try endpoint.path(from: start, to: goal, budget: budget)
    }
    switch outcome {
    case .found(let graph, let result, let start, let goal, _):
      let query = PathQuery(maxHops: maxHops, relationTypes: .forPaths(in: graph))
      let report = PathReport(graph: graph)
      options.emit(
        json: report.json(result, from: start, to: goal, query: query),
        text: report.text(result, from: start, style: options.textStyle))
    case .none(let hops, let queries, let isExhausted):
      let reason = isExhausted ? "; the search stopped at its budget" : ""
      fail("no path within \(hops) hops after \(queries) queries\(reason)", code: 1)
    }
  }
}

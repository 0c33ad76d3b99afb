import ArgumentParser
import Foundation
import GraphSearch
import KnowledgeGraph
import SPARQL
import SessionStore
import Terminal

/// `kg` / `kg browse`: the interactive terminal browser.
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Open the interactive browser (the default).",
    discussion: """
      Needs a terminal on standard input and output; scripts should use
      kg search, kg show, kg neighbors or kg path instead.

      Exit status: 0 after q; 2 when the terminal cannot run the browser or the
      data cannot be loaded; when a signal ends it (Ctrl-C, SIGTERM, SIGHUP,
      SIGQUIT), kg restores the terminal and then dies of that signal, which a
      shell reports as 128 + the signal number (130 for Ctrl-C).
      """)

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, help: ArgumentHelp("Start on the entity with this id.", valueName: "ID"))
  var open: String?

  @Flag(
    name: .long,
    help: "Do not read or write the visit and search history (also KG_NO_HISTORY=1).")
  var noHistory = false

  @Flag(name: .long, help: "Leave the mouse to the terminal, so its text selection works.")
  var noMouse = false

  @Flag(
    name: .long,
    help: "With --sparql, fetch every page and the label index anew, and keep neither on disk.")
  var noCache = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Use colour: auto (unless NO_COLOR is set), always, or never.", valueName: "WHEN"))
  var color: ColorMode = .auto

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    do {
      try TerminalPreflight.check(environment: environment)
    } catch {
      fail(error.message)
    }
    let historyVariable = environment["KG_NO_HISTORY"] ?? ""
    let recordsHistory = !noHistory && (historyVariable.isEmpty || historyVariable == "0")
    if let endpoint = global.source.endpoint() {
      browse(endpoint, environment: environment, recordsHistory: recordsHistory)
    }
    let graph = try global.loadGraph()
    let start = try startEntity(in: graph)
    let options = TerminalOptions(colorMode: color, mouse: !noMouse)
    let store = StateStoreLocation.store(
      graph: graph, path: try global.datasetPath(), environment: environment,
      recordsHistory: recordsHistory)
    let session: (end: SessionEnd, saveWarning: String?)
    do {
      session = try BrowserSession.run(
        graph: graph, start: start, options: options, environment: environment,
        recorder: SessionRecorder(store: store))
    } catch {
      fail(error.message)
    }
    if let warning = session.saveWarning { StandardError.writeLine("kg: \(warning)") }
    session.end.exitProcess()
  }

  /// Browses an endpoint: `--open` is resolved before the screen starts
  /// (a name needs a query), and pages are fetched as they are opened.
  private func browse(
    _ endpoint: EndpointSource, environment: [String: String], recordsHistory: Bool
  ) -> Never {
    var endpoint = endpoint
    let url = global.source.sparql ?? global.source.data ?? ""
    if endpoint.labelIndex != nil, !noCache,
      let directory = StateDirectories.cache(environment: environment)
    {
      endpoint.labelIndex = LabelIndexLoader(
        file: LabelIndexFile(directory: directory, address: url))
    }
    let start = open.map { (iri: EndpointQueries.resolve($0, at: endpoint), name: $0) }
    let store = StateStoreLocation.store(
      endpoint: endpoint, url: url, environment: environment, recordsHistory: recordsHistory)
    let session: (end: SessionEnd, saveWarning: String?)
    do {
      session = try BrowserSession.run(
        endpoint: endpoint, start: start,
        options: TerminalOptions(colorMode: color, mouse: !noMouse),
        cacheCapacity: noCache ? 0 : PageCache.defaultCapacity, environment: environment,
        recorder: SessionRecorder(store: store))
    } catch {
      fail(error.message)
    }
    if let warning = session.saveWarning { StandardError.writeLine("kg: \(warning)") }
    session.end.exitProcess()
  }

  private func startEntity(in graph: Graph) throws -> EntityIndex? {
    guard let open else { return nil }
    if let entity = graph.entityIndex(forID: open) { return entity }
    if case .found(let entity) = EntityResolver(graph: graph).resolve(open) { return entity }
    let quoted = "\"\(TerminalSafeText.singleLine(open))\""
    let suggestion = Self.closestID(to: open, in: graph).map {
      "; did you mean \"\(TerminalSafeText.singleLine($0))\"?"
    }
    fail("--open \(quoted): no entity has this id\(suggestion ?? "")")
  }

  /// The id the user most likely meant: a near-miss of an id, else the id of
  /// the entity whose name or alias is closest (for `--open "Alibaba"`).
  private static func closestID(to typed: String, in graph: Graph) -> String? {
    let ids = graph.entityIndices.lazy.map { graph.id(of: $0) }
    if let id = EditDistance.closest(to: typed, in: ids, count: 1).first { return id }
    return SearchIndex(graph: graph).suggestions(for: typed, limit: 1).first.map {
      graph.id(of: $0)
    }
  }
}

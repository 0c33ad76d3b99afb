import GraphSearch
import KnowledgeGraph
import Scripting

/// Resolves an entity argument for a command, or ends the command the
/// documented way: a one-line `kg: ...` on stderr (plus the candidates as
/// JSON on stdout when `json`), and exit code 1.
enum EntityLookup {
  static func resolve(_ text: String, in graph: Graph, json: Bool) -> EntityIndex {
    let resolver = EntityResolver(graph: graph)
    let resolution = resolver.resolve(text)
    if case .found(let entity) = resolution { return entity }
    let report = ResolutionReport(graph: graph)
    if json, let document = report.json(for: text, resolution: resolution) {
      StandardOutput.emit(document.rendered(pretty: true) + "\n")
    }
    fail(report.message(for: text, resolution: resolution) ?? "", code: 1)
  }
}

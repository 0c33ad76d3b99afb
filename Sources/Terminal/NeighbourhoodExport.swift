import Browser
import GraphExport
import JSONDataset
import KnowledgeGraph
import RDF

#if canImport(Glibc)
  import Glibc
#endif

/// Writes `:export` files: the neighbourhood of an entity in the format
/// asked for, to a path relative to the working directory or under `~/`.
enum NeighbourhoodExport {
  /// What to tell the user: where the file went, or why it did not.
  static func run(_ request: ExportRequest, graph: Graph, home: String?) -> String {
    let selection = GraphSelection.around(request.center, depth: request.depth, in: graph)
    let text: String
    switch request.format {
    case .dot: text = DOTExporter(graph: graph, selection: selection).rendered()
    case .graphml: text = GraphMLExporter(graph: graph, selection: selection).rendered()
    case .json: text = DatasetExporter(graph: graph, selection: selection).rendered()
    case .nt: text = NTriplesExporter(graph: graph, selection: selection).rendered()
    case .ttl: text = TurtleExporter(graph: graph, selection: selection).rendered()
    }
    var path = request.path
    if path.hasPrefix("~/"), let home { path = home + path.dropFirst() }
    guard let file = fopen(path, "w") else {
      return "cannot write \(request.path): \(String(cString: strerror(errno)))"
    }
    let bytes = Array(text.utf8)
    let written = fwrite(bytes, 1, bytes.count, file)
    let closed = fclose(file) == 0
    guard written == bytes.count, closed else {
      return "cannot write \(request.path): \(String(cString: strerror(errno)))"
    }
    return "exported \(counted(selection.entities.count, "entity", "entities")) and "
      + "\(counted(selection.relations.count, "relation", "relations")) to \(request.path)"
  }

  private static func counted(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
  }
}

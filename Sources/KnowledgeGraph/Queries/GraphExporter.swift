/// A format that writes a graph, or the part of it a `GraphSelection` picks.
///
/// Exporters stream into any `TextOutputStream`, so a million-entity export
/// goes straight to standard output without building one huge string.
public protocol GraphExporter: Sendable {
  init(graph: Graph, selection: GraphSelection)

  func write(to output: inout some TextOutputStream)
}

extension GraphExporter {
  /// The whole export as one string, for tests and small graphs.
  public func rendered() -> String {
    var output = ""
    write(to: &output)
    return output
  }
}

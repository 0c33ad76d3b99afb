import KnowledgeGraph

/// Writes a graph, or part of one, as RDF 1.1 Turtle: statements grouped by
/// subject and IRIs compacted with prefixes, for people to read and for
/// tools that prefer it (`docs/rdf-export.md` has the mapping).
public struct TurtleExporter: GraphExporter {
  public let graph: Graph
  public let selection: GraphSelection
  public let options: RDFExportOptions

  /// An export under the default base IRI, `RDFExportOptions.defaultBase`.
  public init(graph: Graph, selection: GraphSelection) {
    self.init(graph: graph, selection: selection, options: RDFExportOptions())
  }

  public init(graph: Graph, selection: GraphSelection, options: RDFExportOptions) {
    self.graph = graph
    self.selection = selection
    self.options = options
  }

  public func write(to output: inout some TextOutputStream) {
    var writer = RDFGraphWriter(
      graph: graph, selection: selection, options: options, syntax: .turtle)
    writer.write(to: &output)
  }
}

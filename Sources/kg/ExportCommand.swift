import ArgumentParser
import GraphExport
import GraphFormats
import JSONDataset
import KnowledgeGraph
import RDF
import SPARQL
import Scripting

/// `kg export`: the graph, or a neighbourhood, in a format other tools read.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export the graph or a neighbourhood.",
    discussion: """
      json is dataset format v1: loading the export gives the same graph, and
      exporting that again gives the same bytes. dot is ready for Graphviz;
      graphml suits Gephi, yEd and NetworkX. nt and ttl write RDF (N-Triples,
      Turtle) that kg reads back as the same graph; --base sets the IRI that
      kg's own ids are minted under (default https://kg.invalid/).

      Examples:
        kg export > copy.json
        kg export --format dot --around alibaba --depth 1 | dot -Tsvg > alibaba.svg

      Exit codes: 0 success; 1 --around names no entity, or an ambiguous one;
      2 usage or data error.
      """)

  @OptionGroup var source: DataOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The dataset's format: json, nt, nq, ttl, graphml or csv (default: from the extension, else the content).",
      valueName: "FORMAT"))
  var dataFormat: GraphFormat?

  @Option(name: .long, help: "Output format.")
  var format: ExportFormat = .json

  @Option(
    name: .long,
    help: ArgumentHelp("Export only the neighbourhood of this entity.", valueName: "ENTITY"))
  var around: String?

  @Option(name: .long, help: "With --around, how many hops to include.")
  var depth = 1

  @Option(
    name: .long,
    help: ArgumentHelp(
      "For nt and ttl, the IRI that ids are minted under (default https://kg.invalid/).",
      valueName: "IRI"))
  var base: String?

  func validate() throws {
    guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
    guard base.map({ RDFExportOptions(base: $0) != nil }) ?? true else {
      throw ValidationError("--base must be an absolute IRI, such as https://example.org/kg/")
    }
  }

  func run() throws {
    if let endpoint = source.endpoint() { return exportNeighborhood(from: endpoint) }
    let graph = try source.loadGraph(format: dataFormat)
    let selection =
      around.map { text in
        let center = EntityLookup.resolve(text, in: graph, json: false)
        return GraphSelection.around(center, depth: depth, in: graph)
      } ?? .whole(graph)
    write(graph, selection: selection)
  }

  /// An endpoint's graph is too big to export whole: `--around` picks the
  /// part, fetched hop by hop with each member's own triples.
  private func exportNeighborhood(from endpoint: EndpointSource) {
    guard let around else { fail("with --sparql, export needs --around ENTITY") }
    let iri = EndpointQueries.resolve(around, at: endpoint)
    let found = EndpointQueries.answer { () throws(EndpointFailure) in
      try endpoint.neighborhood(around: iri, depth: depth, wholeMembers: true)
    }
    write(
      found.graph, selection: .around(found.center, depth: depth, in: found.graph))
  }

  private func write(_ graph: Graph, selection: GraphSelection) {
    var output = StandardOutput()
    switch format {
    case .json: DatasetExporter(graph: graph, selection: selection).write(to: &output)
    case .dot: DOTExporter(graph: graph, selection: selection).write(to: &output)
    case .graphml: GraphMLExporter(graph: graph, selection: selection).write(to: &output)
    case .nt:
      NTriplesExporter(graph: graph, selection: selection, options: rdfOptions).write(to: &output)
    case .ttl:
      TurtleExporter(graph: graph, selection: selection, options: rdfOptions).write(to: &output)
    }
    output.flush()
  }

  private var rdfOptions: RDFExportOptions {
    base.flatMap { RDFExportOptions(base: $0) } ?? RDFExportOptions()
  }
}

import Foundation
import KnowledgeGraph
import RDF
import Testing

/// Runs both exporters and reads their output back strictly.
enum Exports {
  static func nTriples(
    _ graph: Graph, selection: GraphSelection? = nil, options: RDFExportOptions = .init()
  ) -> String {
    NTriplesExporter(graph: graph, selection: selection ?? .whole(graph), options: options)
      .rendered()
  }

  static func turtle(
    _ graph: Graph, selection: GraphSelection? = nil, options: RDFExportOptions = .init()
  ) -> String {
    TurtleExporter(graph: graph, selection: selection ?? .whole(graph), options: options)
      .rendered()
  }

  /// The triples of the N-Triples export, after checking that every line is
  /// valid and that the Turtle export reads as the same triples in the same order.
  static func checkedTriples(
    _ graph: Graph, selection: GraphSelection? = nil, options: RDFExportOptions = .init()
  ) throws -> [ParsedTriple] {
    let triples = try NTriplesReader.triples(
      in: nTriples(graph, selection: selection, options: options))
    let turtle = try TurtleReader.read(turtle(graph, selection: selection, options: options))
    #expect(turtle.triples == triples)
    return triples
  }

  static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// Compares with `Golden/<name>`, naming the first line that differs.
  static func expectGolden(_ text: String, _ name: String) throws {
    let expected = try String(
      contentsOf: goldenDirectory.appendingPathComponent(name), encoding: .utf8)
    let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
    let lines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = actual.indices.first { $0 >= lines.count || actual[$0] != lines[$0] } ?? actual.count
    #expect(text == expected, "\(name) differs from line \(line + 1)")
  }
}

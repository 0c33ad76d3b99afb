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
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let difference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
    #expect(
      text == expected,
      "\(name) differs at line \((difference?.offset ?? min(actualLines.count, expectedLines.count)) + 1): \(difference.map { "\($0.element.0)" } ?? "length")"
    )
  }
}

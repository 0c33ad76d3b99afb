import Foundation
import GraphExport
import JSONDataset
import KnowledgeGraph
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct ExportTests {
  @Test(arguments: [Fixture.path, Fixture.bundledPath])
  func jsonExportLoadsBackAndExportsToTheSameBytes(path: String) throws {
    let first = DatasetExporter(graph: Fixture.load(path), selection: .whole(Fixture.load(path)))
      .rendered()
    let reloaded = try DatasetLoader.load(bytes: Array(first.utf8), name: "export.json")
    let second = DatasetExporter(graph: reloaded, selection: .whole(reloaded)).rendered()
    #expect(first == second)
  }

  @Test func jsonExportKeepsNumberLiteralsProvenanceAndUndeclaredTypes() throws {
    let text = DatasetExporter(graph: Fixture.graph, selection: .whole(Fixture.graph)).rendered()
    #expect(text.contains(#""revenue":1.50e3"#))
    #expect(text.contains(#""source":"article","quote":"Acme bought Beta.""#))
    #expect(text.contains(#""type":"competes_with""#))
    #expect(!text.contains(#""competes_with": {"#))
  }

  @Test func neighbourhoodExportKeepsOnlyItsEntitiesAndTheirRelations() throws {
    let graph = Fixture.graph
    let around = GraphSelection.around(Fixture.entity("beta"), depth: 1, in: graph)
    #expect(around.entities.map { graph.id(of: $0) } == ["acme", "beta", "epsilon"])
    let reloaded = try DatasetLoader.load(
      bytes: Array(DatasetExporter(graph: graph, selection: around).rendered().utf8), name: "a")
    #expect(reloaded.entityCount == 3)
    #expect(reloaded.relationCount == 2)
    #expect(reloaded.relationTypes.map(\.key) == ["subsidiary_of", "partner_of"])
  }

  @Test(arguments: [Fixture.path, Fixture.bundledPath])
  func dotExportRendersWithGraphviz(path: String) throws {
    let graph = Fixture.load(path)
    let dot = DOTExporter(graph: graph, selection: .whole(graph)).rendered()
    let result = try Self.run("/usr/bin/env", ["dot", "-Tsvg"], input: dot)
    #expect(result.status == 0, "dot failed: \(result.error)")
    #expect(result.output.contains("<svg"))
  }

  @Test func dotLabelsEscapeQuotesBackslashesNewlinesAndControls() throws {
    let quoted = DOTExporter.quoted("say \"hi\"\\n\nnext\u{1B}[2J\t\u{202E}")
    #expect(quoted == #""say \"hi\"\\n\nnext\\u{1B}[2J\\u{9}\\u{202E}""#)
    let graph = Fixture.graph
    let dot = DOTExporter(graph: graph, selection: .whole(graph)).rendered()
    let svg = try Self.run("/usr/bin/env", ["dot", "-Tsvg"], input: dot).output
    #expect(svg.contains("Evil\\u{1B}[2J\\u{1B}]0;pwned\\u{7} &quot;quoted&quot; back\\slash"))
    #expect(svg.contains(">new line\\u{202E} </text>") || svg.contains(">new line\\u{202E}</text>"))
  }

  @Test func graphMLIsWellFormedXMLWithEveryEntityAndRelation() throws {
    let graph = Fixture.graph
    let xml = GraphMLExporter(graph: graph, selection: .whole(graph)).rendered()
    let counter = ElementCounter()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = counter
    #expect(parser.parse(), "GraphML does not parse: \(parser.parserError.map { "\($0)" } ?? "")")
    #expect(counter.counts["node"] == graph.entityCount)
    #expect(counter.counts["edge"] == graph.relationCount)
    #expect(counter.nodeIDs.contains("twin-a"))
  }

  static func run(_ executable: String, _ arguments: [String], input: String) throws -> (
    status: Int32, output: String, error: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: output, as: UTF8.self),
      String(decoding: error, as: UTF8.self)
    )
  }
}

/// Counts elements by name, and collects node ids, while an `XMLParser` runs.
final class ElementCounter: NSObject, XMLParserDelegate {
  var counts: [String: Int] = [:]
  var nodeIDs: Set<String> = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    counts[elementName, default: 0] += 1
    if elementName == "node", let id = attributes["id"] { nodeIDs.insert(id) }
  }
}

import Browser
import Foundation
import KnowledgeGraph
import Testing

@testable import Terminal

@Suite(":export files")
struct NeighbourhoodExportTests {
  static let graph: Graph = {
    var builder = GraphBuilder()
    for id in ["a", "b", "c"] {
      _ = builder.addEntity(
        id: id, name: id.uppercased(), type: "Thing", aliases: [], description: nil,
        attributes: [])
    }
    builder.declareRelationType(
      key: "next", label: "next", inverseLabel: "previous", isSymmetric: false)
    let next = builder.relationType(forKey: "next")
    builder.addRelation(
      from: builder.entityIndex(forID: "a")!, type: next, to: builder.entityIndex(forID: "b")!,
      source: nil, quote: nil, attributes: [])
    builder.addRelation(
      from: builder.entityIndex(forID: "b")!, type: next, to: builder.entityIndex(forID: "c")!,
      source: nil, quote: nil, attributes: [])
    return builder.build(
      metadata: DatasetMetadata(title: "Export", description: nil, sources: [])
    ).graph
  }()

  @Test("A neighbourhood is written in the format asked for, and the message says how much")
  func writesTheNeighbourhood() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kg-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var state = BrowserState(
      graph: Self.graph, start: Self.graph.entityIndex(forID: "a"),
      size: ScreenSize(columns: 80, rows: 24))
    let line = ":export dot ~/a.dot --depth 1"
    let effects = line.flatMap { state.handle(.key(.character($0))) } + state.handle(.key(.enter))
    guard case .export(let request) = effects.last else {
      Issue.record("no export effect: \(effects)")
      return
    }
    let message = NeighbourhoodExport.run(request, graph: Self.graph, home: directory.path)
    #expect(message == "exported 2 entities and 1 relation to ~/a.dot")
    let text = try String(
      contentsOf: directory.appendingPathComponent("a.dot"), encoding: .utf8)
    #expect(text.hasPrefix("digraph"))
    #expect(!text.contains("\"c\""))
  }

  @Test("A path that cannot be written gives a message, not a crash")
  func unwritablePath() {
    var state = BrowserState(
      graph: Self.graph, start: Self.graph.entityIndex(forID: "a"),
      size: ScreenSize(columns: 80, rows: 24))
    let line = ":export json /nonexistent-kg-dir/x.json"
    let effects = line.flatMap { state.handle(.key(.character($0))) } + state.handle(.key(.enter))
    guard case .export(let request) = effects.last else {
      Issue.record("no export effect")
      return
    }
    #expect(
      NeighbourhoodExport.run(request, graph: Self.graph, home: nil)
        == "cannot write /nonexistent-kg-dir/x.json: No such file or directory")
  }
}

import FileInput
import Foundation
import JSONDataset
import KnowledgeGraph
import Testing

@testable import RDF

/// A file read a window at a time, with the relation objects of each window
/// resolved after it, and reified statements whose triples are scattered,
/// give the graph that one whole read of the triples in order gives.
@Suite struct WindowedLoadTests {
  static let options = RDFLoadOptions(languages: LanguagePreference(tags: ["en"]))

  static func bundledTriples() throws -> String {
    let original = try DatasetLoader.load(path: RoundTripTests.bundled)
    return NTriplesExporter(graph: original, selection: .whole(original)).rendered()
  }

  static func loadFile(_ text: String, format: RDFFormat, window: Int) throws -> Graph {
    try TemporaryFile.with(text, suffix: ".nt") {
      try PartedLoadTests.load($0, format, parts: 1, window: window)
    }
  }

  @Test(arguments: [97, 4096, 1 << 20])
  func windowedFilesLoadAsWholeBuffers(window: Int) throws {
    let text = try Self.bundledTriples()
    let whole = try RDFLoader.load(
      bytes: Array(text.utf8), name: "kg.nt", format: .nTriples, options: Self.options)
    let windowed = try Self.loadFile(text, format: .nTriples, window: window)
    #expect(GraphSummary(windowed) == GraphSummary(whole))
  }

  @Test func scatteredStatementTriplesGiveTheSameProvenance() throws {
    let lines = try Self.bundledTriples().split(separator: "\n")
    #expect(lines.count % 7919 != 0)
    let scattered = lines.indices.map { lines[$0 * 7919 % lines.count] }
    let inOrder = try RDFLoader.load(
      bytes: Array(lines.joined(separator: "\n").utf8), name: "kg.nt", format: .nTriples,
      options: Self.options)
    let shuffled = try RDFLoader.load(
      bytes: Array(scattered.joined(separator: "\n").utf8), name: "kg.nt", format: .nTriples,
      options: Self.options)
    let summary = GraphSummary(shuffled)
    #expect(summary == GraphSummary(inOrder))
    #expect(summary.relations.contains { !$0.hasSuffix("()") })
  }

  /// More relation objects than one lookup batch holds, each naming a subject
  /// that comes later or never: entities are numbered as their subjects
  /// first appear, and nodes that are only objects follow in the order the
  /// objects first named them.
  @Test func objectsLookedUpInBatchesKeepTheirEntitiesAndOrder() throws {
    let count = PendingNodes.batchSize + 100
    var text = ""
    for index in 0..<count {
      text += "<http://a/e\(index)> <http://a/next> <http://a/e\(index + 1)> .\n"
      text += "<http://a/e\(index)> <http://a/see> <http://a/only\(index % 3)> .\n"
    }
    let graph = try RDFLoader.load(
      bytes: Array(text.utf8), name: "chain.nt", format: .nTriples, options: Self.options)
    #expect(graph.entityCount == count + 4)
    #expect(graph.relationCount == 2 * count)
    let ids = Array(graph.entityIndices.map { graph.id(of: $0) })
    #expect(Array(ids.prefix(2)) == ["http://a/e0", "http://a/e1"])
    #expect(
      ids.suffix(4) == ["http://a/only0", "http://a/only1", "http://a/only2", "http://a/e\(count)"])
    let last = try #require(graph.entityIndex(forID: "http://a/e\(count - 1)"))
    let targets = graph.edges(of: last, direction: .outgoing).map { graph.id(of: $0.other) }
    #expect(Set(targets) == ["http://a/e\(count)", "http://a/only\((count - 1) % 3)"])
  }

  @Test func aSyntaxErrorInALaterWindowNamesItsLine() throws {
    let text =
      String(repeating: "<http://a/s> <http://a/p> <http://a/o> .\n", count: 100) + "oops\n"
    #expect(throws: LoadError.self) { try Self.loadFile(text, format: .nTriples, window: 64) }
    do {
      _ = try Self.loadFile(text, format: .nTriples, window: 64)
    } catch let error as LoadError {
      #expect(error.message.contains(".nt:101:1: expected "))
    }
  }
}

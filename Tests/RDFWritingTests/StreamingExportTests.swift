import KnowledgeGraph
import RDF
import Testing

/// Exports reach the output stream in bounded chunks, never as one string.
@Suite struct StreamingExportTests {
  /// Records the size of every write.
  struct ChunkRecorder: TextOutputStream {
    var text = ""
    var sizes: [Int] = []

    mutating func write(_ string: String) {
      text += string
      sizes.append(string.utf8.count)
    }
  }

  let graph = GeneratedGraph.make(entities: 3_000)

  @Test func nTriplesArriveInChunks() {
    var recorder = ChunkRecorder()
    NTriplesExporter(graph: graph, selection: .whole(graph)).write(to: &recorder)
    #expect(recorder.sizes.count > 10)
    #expect(recorder.sizes.allSatisfy { $0 < 70_000 })
    #expect(recorder.text == Exports.nTriples(graph))
  }

  @Test func turtleArrivesInChunks() {
    var recorder = ChunkRecorder()
    TurtleExporter(graph: graph, selection: .whole(graph)).write(to: &recorder)
    #expect(recorder.sizes.count > 5)
    #expect(recorder.sizes.allSatisfy { $0 < 70_000 })
    #expect(recorder.text == Exports.turtle(graph))
  }

  @Test func anEmptyGraphIsJustTheDataset() throws {
    let empty = GraphBuilder().build(
      metadata: DatasetMetadata(title: "Empty", description: nil, sources: [])
    ).graph
    #expect(
      Exports.nTriples(empty) == """
        <https://kg.invalid/> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .
        <https://kg.invalid/> <http://purl.org/dc/terms/title> "Empty" .

        """)
    #expect(try Exports.checkedTriples(empty).count == 2)
  }
}

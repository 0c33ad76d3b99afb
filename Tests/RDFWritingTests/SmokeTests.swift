import KnowledgeGraph
import RDF
import Testing

@Test func smoke() throws {
  let graph = TestGraphs.plain()
  let nt = NTriplesExporter(graph: graph, selection: .whole(graph)).rendered()
  let ttl = TurtleExporter(graph: graph, selection: .whole(graph)).rendered()
  print(nt)
  print(ttl)
  let triples = try NTriplesReader.triples(in: nt)
  let turtle = try TurtleReader.read(ttl).triples
  #expect(triples == turtle)
}

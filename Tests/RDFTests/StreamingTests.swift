@testable import RDF
import Testing

/// The streaming path must give exactly what the whole-buffer path gives, wherever the
/// chunks are cut: statements that straddle a boundary are parsed again, never half-emitted.
struct StreamingTests {
  /// Every W3C input that parses, read in chunks of 1, 2, 3, 5 and 64 bytes.
  @Test(arguments: ["rdf-n-triples", "rdf-n-quads", "rdf-turtle"])
  func chunkedReadsMatchWholeReads(suite: String) throws {
    let compared = try Parsing.compareWithWholeReads(
      suite: suite, sizes: [1, 2, 3, 5, 64], unit: "chunks"
    ) { try Parsing.record($0, $1, base: $2, chunkSize: $3) }
    #expect(compared > 40)
  }

  @Test func errorsInChunkedInputHaveTheirPlace() {
    let text = "<http://a/s> <http://a/p> <http://a/o> .\n<http://a/s> <http://a/p> oops .\n"
    #expect(throws: RDFSyntaxError.self) {
      _ = try Parsing.statements(text, .nTriples, chunkSize: 4)
    }
    do {
      _ = try Parsing.statements(text, .nTriples, chunkSize: 4)
    } catch let error as RDFSyntaxError {
      #expect(error.line == 2 && error.column == 27)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func aStatementLongerThanTheBufferIsRead() throws {
    let long = String(repeating: "x", count: 100_000)
    let text = "@prefix e: <http://e/> .\ne:s e:p \"\(long)\" ; e:q ( 1 2 ) .\n"
    var sink = RecordingSink()
    var reader = RDFReader(format: .turtle)
    reader.streamCapacity = 64
    var source = MemoryByteSource(Array(text.utf8), chunkSize: 100)
    try reader.read(from: &source, into: &sink)
    #expect(sink.statements.count == 6)
    #expect(sink.statements[0].object.value.count == 100_000)
  }
}

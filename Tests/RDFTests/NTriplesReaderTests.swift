import RDF
import Testing

/// N-Triples and N-Quads specifics: graph names, and parsing line-aligned parts of a buffer.
struct NTriplesReaderTests {
  @Test func quadsCarryTheirGraph() throws {
    let text =
      "<http://e/s> <http://e/p> \"o\" <http://e/g> .\n_:s <http://e/p> _:o _:g .\n"
      + "<http://e/s> <http://e/p> <http://e/o> .\n"
    let statements = try Parsing.statements(text, .nQuads)
    #expect(statements.map(\.graph) == [.iri("http://e/g"), .blank("g"), nil])
  }

  @Test func aGraphNameIsNotNTriples() {
    #expect(
      Parsing.error("<http://e/s> <http://e/p> <http://e/o> <http://e/g> .", .nTriples)
        == "1:40: expected '.' after the object, found '<'")
  }

  @Test func lineAlignedPartsTogetherReadTheWhole() throws {
    let lines = (0..<1000).map { "<http://e/s\($0)> <http://e/p> \"\($0)\" .\n" }
    let bytes = Array(lines.joined().utf8)
    let whole = try Parsing.record(bytes, .nTriples).statements
    try bytes.withUnsafeBytes { buffer in
      let ranges = RDFReader.lineAlignedRanges(of: buffer, parts: 3)
      #expect(ranges.count == 3)
      var parts: [RecordedStatement] = []
      for range in ranges {
        #expect(range.lowerBound == 0 || buffer[range.lowerBound - 1] == 0x0A)
        var sink = RecordingSink()
        try RDFReader(format: .nTriples).read(buffer, range: range, into: &sink)
        parts += sink.statements
      }
      #expect(parts == whole)
    }
  }

  @Test func errorsInALaterPartReportLinesOfTheWholeBuffer() {
    let bytes = Array(
      (String(repeating: "<http://e/s> <http://e/p> <http://e/o> .\n", count: 10) + "oops\n").utf8)
    bytes.withUnsafeBytes { buffer in
      let last = RDFReader.lineAlignedRanges(of: buffer, parts: 2).last!
      var sink = RecordingSink()
      #expect(
        throws: RDFSyntaxError(
          line: 11, column: 1, byteOffset: 410,
          message:
            "expected a subject (an IRI or a blank node), found 'oops'")
      ) {
        try RDFReader(format: .nTriples).read(buffer, range: last, into: &sink)
      }
    }
  }

  @Test func formatsFollowFileNames() {
    #expect(RDFFormat(fileName: "data.nt") == .nTriples)
    #expect(RDFFormat(fileName: "dump.NQ.gz") == .nQuads)
    #expect(RDFFormat(fileName: "x/y.ttl") == .turtle)
    #expect(RDFFormat(fileName: "notes.txt") == nil)
  }
}

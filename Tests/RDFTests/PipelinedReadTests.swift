@testable import RDF
import Testing

/// Parsing on a second thread and mapping on the calling one must hand the
/// sink exactly what a read on one thread does, across many batches, and a
/// syntax error must keep its place and come after everything before it.
struct PipelinedReadTests {
  static func record(_ bytes: [UInt8], _ format: RDFFormat, base: String? = nil, window: Int)
    throws -> RecordingSink
  {
    var sink = RecordingSink()
    try bytes.withUnsafeBufferPointer { buffer in
      try PipelinedRead.run(
        RDFReader(format: format, baseIRI: base), SharedInput(bytes: buffer), isMapped: false,
        window: window, into: &sink)
    }
    return sink
  }

  /// Every W3C input that parses, with literals, languages, datatypes,
  /// graphs, prefixes and bases, read in windows of 7 and 4096 bytes.
  @Test(arguments: ["rdf-n-triples", "rdf-n-quads", "rdf-turtle"])
  func pipelinedReadsMatchWholeReads(suite: String) throws {
    let format: RDFFormat = ["rdf-n-triples": .nTriples, "rdf-n-quads": .nQuads][suite] ?? .turtle
    var compared = 0
    for test in W3CManifest.tests(suite)
    where test.type.contains("Positive") || test.type.hasSuffix("Eval") {
      let input = try W3CManifest.bytes(suite, test.actionFile)
      let whole = try Parsing.record(input, format, base: test.action)
      for window in [7, 4096] {
        let pipelined = try Self.record(input, format, base: test.action, window: window)
        #expect(pipelined.statements == whole.statements, "\(test.name) in windows of \(window)")
        #expect(pipelined.prefixes.map(\.namespace) == whole.prefixes.map(\.namespace))
        #expect(pipelined.bases == whole.bases)
      }
      compared += 1
    }
    #expect(compared > 40)
  }

  @Test func manyBatchesArriveInOrderBeforeTheError() throws {
    let long = String(repeating: "é", count: 200)
    let lines = (0..<20_000).map { "<http://a/s\($0)> <http://a/p> \"\(long)\"@fr .\n" }
    let text = lines.joined() + "<http://a/s> <http://a/p> oops .\n"
    #expect(text.utf8.count > 4 * StatementBatch.capacity)
    var sink = RecordingSink()
    do {
      try Array(text.utf8).withUnsafeBufferPointer { buffer in
        try PipelinedRead.run(
          RDFReader(format: .nTriples), SharedInput(bytes: buffer), isMapped: false,
          window: 1 << 16, into: &sink)
      }
      Issue.record("no error")
    } catch let error as RDFSyntaxError {
      #expect(error.line == 20_001 && error.column == 27)
    }
    #expect(sink.statements.count == 20_000)
    #expect(sink.statements.last?.subject.value == "http://a/s19999")
    #expect(sink.statements.first?.object.language == "fr")
  }
}

@testable import RDF
import Testing

/// Reading a buffer a window at a time, as the loader reads a mapped file, must give exactly
/// what one whole read gives, wherever the windows end, and errors must keep their place.
struct WindowedReadingTests {
  /// Every W3C input that parses, read in windows of 1, 2, 7 and 64 bytes.
  @Test(arguments: ["rdf-n-triples", "rdf-n-quads", "rdf-turtle"])
  func windowedReadsMatchWholeReads(suite: String) throws {
    let compared = try Parsing.compareWithWholeReads(
      suite: suite, sizes: [1, 2, 7, 64], unit: "windows"
    ) { try Parsing.record($0, $1, base: $2, window: $3) }
    #expect(compared > 40)
  }

  @Test(arguments: [RDFFormat.nTriples, .turtle])
  func errorsKeepTheirLineAndColumn(format: RDFFormat) {
    let text = "<http://a/s> <http://a/p> <http://a/o> .\n<http://a/s> <http://a/p> oops .\n"
    for window in [4, 41, 50, 1000] {
      do {
        _ = try Parsing.record(Array(text.utf8), format, window: window)
        Issue.record("no error in windows of \(window)")
      } catch let error as RDFSyntaxError {
        #expect(error.line == 2 && error.column == 27, "in windows of \(window)")
      } catch {
        Issue.record("unexpected \(error)")
      }
    }
  }

  @Test func errorsInLaterWindowsAreCountedFromTheStart() throws {
    let good = "<http://a/s> <http://a/p> \"é\" .\n"
    let text = good + "<http://a/s> bad .\n" + String(repeating: good, count: 5) + "oops\n"
    do {
      _ = try Parsing.record(Array(text.utf8), .nTriples, window: 16, errorLimit: 5)
      Issue.record("no error")
    } catch let errors as RDFSyntaxErrors {
      #expect(errors.errors.map(\.line) == [2, 8])
      #expect(errors.errors.map(\.column) == [14, 1])
      #expect(errors.errors.last?.byteOffset == text.utf8.count - 5)
    }
  }

  @Test func eachWindowEndsAfterWhatTheSinkReceived() throws {
    let line = "<http://a/s> <http://a/p> <http://a/o> .\n"
    let bytes = Array(String(repeating: line, count: 10).utf8)
    var sink = RecordingSink()
    var ends: [Int] = []
    var received: [Int] = []
    try bytes.withUnsafeBytes { buffer in
      try RDFReader(format: .nTriples).read(buffer, window: 100, into: &sink) { sink, end in
        ends.append(end)
        received.append(sink.statements.count)
      }
    }
    #expect(ends == [82, 164, 246, 328, 410])
    #expect(received == ends.map { $0 / line.utf8.count })
  }

  @Test func aStatementLongerThanTheWindowIsRead() throws {
    let long = String(repeating: "x", count: 10_000)
    let text = "@prefix e: <http://e/> .\ne:s e:p \"\(long)\" ; e:q ( 1 2 ) .\n"
    let sink = try Parsing.record(Array(text.utf8), .turtle, window: 64)
    #expect(sink.statements.count == 6)
    #expect(sink.statements[0].object.value.count == 10_000)
  }
}

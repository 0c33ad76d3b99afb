import GraphFixtures
import RDF
import Testing

/// Compressed input through ``Bzip2ByteSource``, made with the system's `bzip2`.
struct Bzip2Tests {
  private let text = (0..<2000).map { "<http://e/s\($0)> <http://e/p> \"v\($0)\" .\n" }.joined()

  private func read(_ compressed: [UInt8]) throws -> [RecordedStatement] {
    var sink = RecordingSink()
    var source = try Bzip2ByteSource(MemoryByteSource(compressed, chunkSize: 997))
    try RDFReader(format: .nTriples).read(from: &source, into: &sink)
    return sink.statements
  }

  @Test func readsABzip2Stream() throws {
    let statements = try read(CompressionTool.compress(Array(text.utf8), with: "bzip2"))
    #expect(statements.count == 2000)
  }

  @Test func readsConcatenatedStreams() throws {
    let bytes = Array(text.utf8)
    let half = bytes.count / 2
    let streams =
      try CompressionTool.compress(Array(bytes[..<half]), with: "bzip2")
      + CompressionTool.compress(Array(bytes[half...]), with: "bzip2")
    #expect(try read(streams).count == 2000)
  }

  @Test func aTruncatedFileSaysSo() throws {
    let compressed = try CompressionTool.compress(Array(text.utf8), with: "bzip2")
    #expect(throws: RDFInputError("compressed stream ends early (truncated bzip2 file)")) {
      try read(Array(compressed[..<(compressed.count / 2)]))
    }
  }

  @Test func corruptDataSaysSo() throws {
    var compressed = try CompressionTool.compress(Array(text.utf8), with: "bzip2")
    for index in 20..<40 { compressed[index] ^= 0x5A }
    do {
      _ = try read(compressed)
      Issue.record("corrupt data was accepted")
    } catch let error as RDFInputError {
      #expect(error.message.hasPrefix("corrupt compressed data"))
    }
  }
}

import GraphFixtures
import Foundation
import RDF
import Testing

/// Compressed input through ``GzipByteSource``, made with the system's `gzip`.
struct GzipTests {
  private let text = (0..<2000).map { "<http://e/s\($0)> <http://e/p> \"v\($0)\"@en .\n" }.joined()

  private func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    try CompressionTool.compress(bytes, with: "gzip")
  }

  private func read(_ compressed: [UInt8]) throws -> [RecordedStatement] {
    var sink = RecordingSink()
    var source = try GzipByteSource(MemoryByteSource(compressed, chunkSize: 997))
    try RDFReader(format: .nTriples).read(from: &source, into: &sink)
    return sink.statements
  }

  @Test func readsAGzipStream() throws {
    let statements = try read(gzip(Array(text.utf8)))
    #expect(statements.count == 2000)
    #expect(statements[1999].object == .literal("v1999", language: "en"))
  }

  @Test func readsConcatenatedMembers() throws {
    let bytes = Array(text.utf8)
    let half = bytes.count / 2
    let members = try gzip(Array(bytes[..<half])) + gzip(Array(bytes[half...]))
    #expect(try read(members) == read(gzip(bytes)))
  }

  @Test func aTruncatedFileSaysSo() throws {
    let compressed = try gzip(Array(text.utf8))
    let truncated = Array(compressed[..<(compressed.count - 20)])
    #expect(throws: RDFInputError("compressed stream ends early (truncated gzip file)")) {
      try read(truncated)
    }
  }

  @Test func corruptDataSaysSo() throws {
    var compressed = try gzip(Array(text.utf8))
    for index in 40..<60 { compressed[index] ^= 0x5A }
    do {
      _ = try read(compressed)
      Issue.record("corrupt data was accepted")
    } catch let error as RDFInputError {
      #expect(error.message.hasPrefix("corrupt compressed data"))
    }
  }

  @Test func readsAGzipFileByName() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rdf-gzip-\(getpid()).nt.gz"
    ).path
    try Data(gzip(Array(text.utf8))).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var sink = RecordingSink()
    try RDFReader(format: RDFFormat(fileName: path)!).read(contentsOf: path, into: &sink)
    #expect(sink.statements.count == 2000)
  }
}

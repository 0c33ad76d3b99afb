import FileInput
import Foundation
import JSONDataset
import KnowledgeGraph
import RDF

/// libFuzzer entry point for the dataset readers, linked with the library
/// modules by `scripts/fuzz-loader.sh`; `KG_FUZZ_MODE` picks the syntax.
///
/// Every input goes through each way a dataset is read: for kg's JSON, the
/// bare JSON reader, the loader (stops at the first error) and the validator
/// (reads on); for RDF, the loader on the whole buffer, the reader streamed in
/// 7-byte chunks, and the reader collecting errors. Any trap, sanitizer
/// report or timeout is a bug; errors are expected.
@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
  switch ProcessInfo.processInfo.environment["KG_FUZZ_MODE"] ?? "json" {
  case "nt":
    fuzzRDF(bytes, format: .nQuads)
    fuzzRDF(bytes, format: .nTriples)
  case "ttl": fuzzRDF(bytes, format: .turtle)
  default: fuzzJSON(bytes)
  }
  return 0
}

private func fuzzJSON(_ bytes: [UInt8]) {
  _ = bytes.withUnsafeBufferPointer { JSONSyntax.check($0) }
  if let graph = try? DatasetLoader.load(bytes: bytes, name: "fuzz.json") { walk(graph) }
  _ = DatasetValidator.validate(bytes: bytes, name: "fuzz.json", strict: true)
}

private func fuzzRDF(_ bytes: [UInt8], format: RDFFormat) {
  let options = RDFLoadOptions(languages: LanguagePreference(tags: ["en"]))
  if let graph = try? RDFLoader.load(bytes: bytes, name: "fuzz", format: format, options: options) {
    walk(graph)
  }
  var source = ChunkedSource(bytes: bytes, chunk: 7)
  var sink = CountingSink()
  _ = try? RDFReader(format: format, baseIRI: "http://example.org/").read(
    from: &source, into: &sink)
  _ = try? RDFReader(format: format, baseIRI: "http://example.org/", errorLimit: 100).read(
    UnsafeRawBufferPointer(start: bytes, count: bytes.count), into: &sink)
}

private func walk(_ graph: Graph) {
  for entity in graph.entityIndices {
    _ = graph.entity(entity)
    for edge in graph.edges(of: entity, direction: .incoming) {
      _ = graph.relation(edge.relation)
    }
  }
}

/// Counts statements, touching every byte of every term.
private struct CountingSink: RDFSink {
  var total = 0

  mutating func statement(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?) {
    total &+= subject.value.count &+ predicate.value.count &+ object.value.count
    total &+= object.value.reduce(0) { $0 &+ Int($1) }
  }
}

/// Hands the input over a few bytes at a time, so statements straddle chunks.
private struct ChunkedSource: RDFByteSource {
  let bytes: [UInt8]
  let chunk: Int
  var position = 0

  init(bytes: [UInt8], chunk: Int) {
    self.bytes = bytes
    self.chunk = chunk
  }

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    let count = min(chunk, buffer.count, bytes.count - position)
    guard count > 0 else { return 0 }
    bytes[position..<position + count].withUnsafeBytes {
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<count]))
    }
    position += count
    return count
  }
}

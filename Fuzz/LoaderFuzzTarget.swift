/// libFuzzer entry point for the dataset loader, compiled into the
/// `KnowledgeGraph` sources by `scripts/fuzz-loader.sh`.
///
/// Every input goes through the three ways a dataset is read: the bare JSON
/// reader, the loader (stops at the first error) and the validator (reads on).
/// Any trap, sanitizer report or timeout is a bug; errors are expected.
@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
  _ = bytes.withUnsafeBufferPointer { JSONSyntax.check($0) }
  if let graph = try? DatasetLoader.load(bytes: bytes, name: "fuzz.json") {
    for entity in graph.entityIndices {
      _ = graph.entity(entity)
      for edge in graph.edges(of: entity, direction: .incoming) {
        _ = graph.relation(edge.relation)
      }
    }
  }
  _ = DatasetValidator.validate(bytes: bytes, name: "fuzz.json", strict: true)
  return 0
}

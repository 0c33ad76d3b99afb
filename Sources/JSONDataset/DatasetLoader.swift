import FileInput
import KnowledgeGraph

/// Loads a dataset file (format v1, see `docs/dataset-format.md`) into a `Graph`.
///
/// Loading stops at the first problem with a one-line `LoadError` that names
/// the file, line and column; `DatasetValidator` reports every problem instead.
public enum DatasetLoader {
  public static func load(path: String) throws(LoadError) -> Graph {
    try load(path: path, progress: { _ in })
  }

  /// Loads like `load(path:)`, calling `progress` with the fraction of bytes
  /// read so far (0 to 1) every few thousand entities or relations, so a
  /// caller can show progress on files of hundreds of megabytes.
  public static func load(path: String, progress: (Double) -> Void) throws(LoadError) -> Graph {
    let (builder, metadata) = try read(path: path, progress: progress)
    let graph = builder.build(metadata: metadata).graph
    progress(1)
    return graph
  }

  /// Loads a dataset held in memory; `name` stands for the file in messages.
  public static func load(bytes: [UInt8], name: String) throws(LoadError) -> Graph {
    let result = bytes.withUnsafeBufferPointer { input in
      Result { () throws(LoadError) in
        try DatasetReading.load(input, name: name, progress: { _ in })
      }
    }
    let (builder, metadata) = try result.get()
    return builder.build(metadata: metadata).graph
  }

  /// Reads and parses, then lets the file buffer go before the graph is
  /// assembled, so the two never need memory at the same time.
  private static func read(path: String, progress: (Double) -> Void) throws(LoadError) -> (
    GraphBuilder, DatasetMetadata
  ) {
    try DatasetFile.withContents(path: path) { input, isMapped throws(LoadError) in
      try DatasetReading.load(input, name: path, releasesReadInput: isMapped, progress: progress)
    }
  }
}

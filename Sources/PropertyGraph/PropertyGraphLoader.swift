import KnowledgeGraph
import FileInput

/// Loads property graphs, GraphML files and Neo4j-style CSV files, into a
/// `Graph`, so kg can browse graphs written by NetworkX, Gephi, yEd, Neo4j
/// and pandas as well as its own JSON datasets (see docs/property-graphs.md).
public enum PropertyGraphLoader {
  /// Loads `path` as the format `format(path:edgesPath:)` detects: a GraphML
  /// file, a nodes CSV file (with `edgesPath` its relationships file), or a
  /// folder of `*nodes*.csv` and `*relationships*.csv` files. Anything else
  /// is read as a nodes CSV file, so that a missing file, a directory or a
  /// FIFO gets the same message as a kg dataset would.
  public static func load(
    path: String, edgesPath: String? = nil, options: PropertyGraphOptions = PropertyGraphOptions()
  ) throws(LoadError) -> Graph {
    switch format(path: path, edgesPath: edgesPath) {
    case .graphML: try loadGraphML(path: path, options: options)
    case .csvFolder: try loadCSVFolder(path: path, options: options)
    case .csv, nil:
      try loadCSV(
        nodesPaths: [path], relationshipsPaths: edgesPath.map { [$0] } ?? [], options: options)
    }
  }

  public static func loadGraphML(path: String, options: PropertyGraphOptions) throws(LoadError)
    -> Graph
  {
    try DatasetFile.withContents(path: path, populatingMapping: false) {
      bytes, isMapped throws(LoadError) in
      try GraphMLReader.read(
        InputText(bytes: bytes, name: path), isMapped: isMapped, options: options)
    }
  }

  /// Loads a GraphML document held in memory; `name` stands for the file in messages.
  public static func loadGraphML(bytes: [UInt8], name: String, options: PropertyGraphOptions)
    throws(LoadError) -> Graph
  {
    try bytes.withUnsafeBufferPointer { buffer throws(LoadError) in
      try GraphMLReader.read(
        InputText(bytes: buffer, name: name), isMapped: false, options: options)
    }
  }

  /// The last component of a path, the default title of a graph.
  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}

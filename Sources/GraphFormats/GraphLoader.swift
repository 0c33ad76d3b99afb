import FileInput
import JSONDataset
import KnowledgeGraph
import RDF

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opens a graph file in any format `kg` reads, so that every command and
/// the browser share one way in: the format from `--format`, else the
/// file's extension, else its first bytes.
public enum GraphLoader {
  public static func load(
    path: String, format: GraphFormat? = nil, options: RDFLoadOptions,
    progress: (Double) -> Void = { _ in }
  ) throws(LoadError) -> Graph {
    let chosen: GraphFormat
    if let format { chosen = format } else { chosen = try detectedFormat(path) }
    guard let rdf = chosen.rdfFormat else {
      return try DatasetLoader.load(path: path, progress: progress)
    }
    let graph = try RDFLoader.load(path: path, format: rdf, options: options)
    progress(1)
    return graph
  }

  /// Every problem in a file, in any format: kg's own format's validator, or
  /// the RDF readers listing up to 100 syntax errors.
  public static func validate(
    path: String, format: GraphFormat? = nil, strict: Bool, options: RDFLoadOptions
  ) throws(LoadError) -> ValidationReport {
    let chosen: GraphFormat
    if let format { chosen = format } else { chosen = try detectedFormat(path) }
    guard let rdf = chosen.rdfFormat else {
      return try DatasetValidator.validate(path: path, strict: strict)
    }
    return try RDFValidator.validate(path: path, format: rdf, options: options)
  }

  /// The format of `path` by its name, else by its first bytes.
  public static func detectedFormat(_ path: String) throws(LoadError) -> GraphFormat {
    if let format = GraphFormat(fileName: path) { return format }
    return GraphFormat.sniffed(from: try head(of: path))
  }

  /// Up to 4 KB from the start of the file: enough for a header of prefixes.
  private static func head(of path: String) throws(LoadError) -> [UInt8] {
    try DatasetFile.withContents(path: path) { bytes, _ throws(LoadError) in
      Array(bytes.prefix(4096))
    }
  }
}

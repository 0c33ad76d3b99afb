import FileInput
import JSONDataset
import KnowledgeGraph
import PropertyGraph
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
    path: String, format: GraphFormat? = nil, options: LoadOptions,
    progress: (Double) -> Void = { _ in }
  ) throws(LoadError) -> Graph {
    let chosen: GraphFormat
    if let format { chosen = format } else { chosen = try detectedFormat(path, options: options) }
    let graph: Graph
    switch chosen {
    case .json: return try DatasetLoader.load(path: path, progress: progress)
    case .nTriples, .nQuads, .turtle:
      graph = try RDFLoader.load(path: path, format: chosen.rdfFormat!, options: options.rdf)
    case .graphml:
      graph = try PropertyGraphLoader.loadGraphML(path: path, options: options.propertyGraph)
    case .csv:
      graph = try PropertyGraphLoader.load(
        path: path, edgesPath: options.edgesPath, options: options.propertyGraph)
    }
    progress(1)
    return graph
  }

  /// Every problem in a file, in any format: kg's own format's validator, or
  /// the RDF readers listing up to 100 syntax errors.
  /// Property graphs stop at their first error, which the report lists.
  public static func validate(
    path: String, format: GraphFormat? = nil, strict: Bool, options: LoadOptions
  ) throws(LoadError) -> ValidationReport {
    let chosen: GraphFormat
    if let format { chosen = format } else { chosen = try detectedFormat(path, options: options) }
    switch chosen {
    case .json: return try DatasetValidator.validate(path: path, strict: strict)
    case .nTriples, .nQuads, .turtle:
      return try RDFValidator.validate(path: path, format: chosen.rdfFormat!, options: options.rdf)
    case .graphml, .csv:
      do {
        let graph = try load(path: path, format: chosen, options: options)
        return ValidationReport(
          path: path, errors: [], warnings: [], errorCount: 0, warningCount: 0,
          entityCount: graph.entityCount, relationCount: graph.relationCount)
      } catch {
        return ValidationReport(
          path: path, errors: [error.message], warnings: [], errorCount: 1, warningCount: 0,
          entityCount: 0, relationCount: 0)
      }
    }
  }

  /// The format of `path` by its name, else by what it is: a folder of
  /// CSV files, a nodes file with `--edges`, or by its first bytes.
  static func detectedFormat(_ path: String, options: LoadOptions) throws(LoadError)
    -> GraphFormat
  {
    if options.edgesPath != nil || PropertyGraphLoader.isCSVFolder(path: path) { return .csv }
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

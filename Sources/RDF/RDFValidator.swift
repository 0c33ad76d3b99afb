import FileInput
import KnowledgeGraph

/// Reads an RDF file to the end, or to its hundredth syntax error, and
/// lists every error instead of stopping at the first, as `kg validate` does
/// for kg's own format.
public enum RDFValidator {
  static let errorLimit = 100

  public static func validate(path: String, format: RDFFormat, options: RDFLoadOptions)
    throws(LoadError) -> ValidationReport
  {
    try validate(path: path, format: format, options: options, plan: .standard)
  }

  /// Validates a file, reading a mapped one as `plan` says; tests pass small parts.
  static func validate(path: String, format: RDFFormat, options: RDFLoadOptions, plan: ReadPlan)
    throws(LoadError) -> ValidationReport
  {
    var reader = RDFReader(format: format, baseIRI: options.baseIRI ?? RDFLoader.fileIRI(path))
    reader.errorLimit = errorLimit + 1
    var mapper = GraphMapper(languages: options.languages)
    var errors: [RDFSyntaxError] = []
    do {
      try RDFLoader.read(path: path, with: reader, into: &mapper, plan: plan)
    } catch let found as RDFSyntaxErrors {
      errors = found.errors
    } catch let found as RDFSyntaxError {
      errors = [found]
    } catch {
      throw RDFLoader.loadError(error, name: path)
    }
    var assembly = GraphAssembly(mapper, defaultTitle: path)
    let graph = assembly.build()
    let listed = errors.prefix(errorLimit).map { "\(path):\($0.line):\($0.column): \($0.message)" }
    return ValidationReport(
      path: path, errors: Array(listed), warnings: [], errorCount: listed.count, warningCount: 0,
      entityCount: graph.entityCount, relationCount: graph.relationCount,
      stoppedEarly: errors.count > errorLimit)
  }
}

import FileInput
import KnowledgeGraph

/// The two ways of reading a dataset buffer: loading, which stops at the
/// first error, and validating, which reports every problem it can.
enum DatasetReading {
  static func load(
    _ input: UnsafeBufferPointer<UInt8>, name: String, releasesReadInput: Bool = false,
    progress: (Double) -> Void
  ) throws(LoadError) -> (builder: GraphBuilder, metadata: DatasetMetadata) {
    guard !input.isEmpty else { throw emptyFile(name) }
    var parser = DatasetParser(input, log: ProblemLog(stopsAtFirstError: true, isStrict: false))
    parser.releasesReadInput = releasesReadInput
    do {
      try parser.run(progress: progress)
    } catch {
      throw LoadError(locate(offset: error.offset, text: error.message, in: input, name: name))
    }
    let metadata = parser.metadata(defaultTitle: title(for: name))
    return (parser.takeBuilder(), metadata)
  }

  static func validate(_ input: UnsafeBufferPointer<UInt8>, name: String, strict: Bool)
    -> ValidationReport
  {
    var log = ProblemLog(stopsAtFirstError: false, isStrict: strict)
    var counts = (entities: 0, relations: 0)
    if input.isEmpty {
      log.fatal(emptyFile(name))
    } else {
      var parser = DatasetParser(input, log: log)
      do {
        try parser.run(progress: { _ in })
        let metadata = parser.metadata(defaultTitle: title(for: name))
        let (graph, duplicates) = parser.takeBuilder().build(metadata: metadata)
        counts = (graph.entityCount, graph.relationCount)
        for duplicate in duplicates {
          parser.log.warning(
            at: Int(parser.relationOffsets[duplicate.droppedOrdinal]),
            "relation \(duplicate.droppedOrdinal) repeats relation \(duplicate.keptOrdinal); only relation \(duplicate.keptOrdinal) is kept"
          )
        }
      } catch {
        parser.log.fatal(error)
      }
      log = parser.log
    }
    return ValidationReport(
      path: name, errors: lines(log.errors, input: input, name: name),
      warnings: lines(log.warnings, input: input, name: name), errorCount: log.errorCount,
      warningCount: log.warningCount, entityCount: counts.entities,
      relationCount: counts.relations)
  }

  private static func lines(
    _ entries: [ProblemLog.Entry], input: UnsafeBufferPointer<UInt8>, name: String
  )
    -> [String]
  {
    let positions = TextPosition.locate(entries.compactMap(\.offset), in: input)
    return entries.sorted { ($0.offset ?? -1) < ($1.offset ?? -1) }.map { entry in
      guard let offset = entry.offset, let position = positions[offset] else {
        return entry.text
      }
      return "\(name):\(position.line):\(position.column): \(entry.text)"
    }
  }

  static func locate(offset: Int, text: String, in input: UnsafeBufferPointer<UInt8>, name: String)
    -> String
  {
    guard let position = TextPosition.locate([offset], in: input)[offset] else {
      return "\(name): \(text)"
    }
    return "\(name):\(position.line):\(position.column): \(text)"
  }

  private static func emptyFile(_ name: String) -> LoadError {
    LoadError("\(name): the file is empty; a dataset is a JSON object that starts with '{'")
  }

  /// A dataset without a title is named after its file.
  private static func title(for name: String) -> String {
    String(name.split(separator: "/").last ?? Substring(name))
  }
}

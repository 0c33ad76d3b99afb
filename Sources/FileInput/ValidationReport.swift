/// Every problem found in a dataset, errors apart from warnings.
///
/// At most 100 messages of each severity are kept; the counts
/// include the rest, so a summary stays truthful for a badly broken file.
public struct ValidationReport: Equatable, Sendable {
  public let path: String
  /// One line per error, `file:line:column: message`, in file order.
  public let errors: [String]
  public let warnings: [String]
  public let errorCount: Int
  public let warningCount: Int
  /// Counts of the graph built from the valid part of the file.
  public let entityCount: Int
  public let relationCount: Int
  /// True when the reader gave up after the listed errors, so the count is a floor.
  public let stoppedEarly: Bool

  public init(
    path: String, errors: [String], warnings: [String], errorCount: Int, warningCount: Int,
    entityCount: Int, relationCount: Int, stoppedEarly: Bool = false
  ) {
    self.stoppedEarly = stoppedEarly
    self.path = path
    self.errors = errors
    self.warnings = warnings
    self.errorCount = errorCount
    self.warningCount = warningCount
    self.entityCount = entityCount
    self.relationCount = relationCount
  }

  /// Errors not listed because of the cap.
  public var unlistedErrorCount: Int { errorCount - errors.count }
  public var unlistedWarningCount: Int { warningCount - warnings.count }

  /// One line with the counts, e.g. `data.json: 2 errors, 1 warning (12 entities, 30 relations)`.
  public var summary: String {
    "\(path): \(Self.count(errorCount, "error")), \(Self.count(warningCount, "warning"))"
      + " (\(Self.count(entityCount, "entity", plural: "entities")), \(Self.count(relationCount, "relation")))"
  }

  private static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
    "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
  }
}

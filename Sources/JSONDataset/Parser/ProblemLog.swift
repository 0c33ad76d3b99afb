import FileInput
import KnowledgeGraph

/// Where the problems found while reading a dataset go.
///
/// Loading stops at the first error, so that case throws and keeps nothing.
/// Validation keeps reading and records every problem, up to `cap` of each
/// severity (the rest are only counted), so a file with a million broken
/// relations still gets a short report in bounded memory.
struct ProblemLog {
  /// How many errors and how many warnings are kept with their messages.
  static let cap = 100

  struct Entry {
    let offset: Int?
    let text: String
  }

  let stopsAtFirstError: Bool
  /// Whether unknown fields are reported.
  let isStrict: Bool
  private(set) var errors: [Entry] = []
  private(set) var warnings: [Entry] = []
  private(set) var errorCount = 0
  private(set) var warningCount = 0

  var collectsWarnings: Bool { !stopsAtFirstError }

  /// Records an error, or throws it when loading.
  mutating func error(at offset: Int, _ text: @autoclosure () -> String) throws(JSONError) {
    if stopsAtFirstError { throw JSONError(offset: offset, message: text()) }
    errorCount += 1
    if errors.count < Self.cap { errors.append(Entry(offset: offset, text: text())) }
  }

  /// Records the error that ended reading, such as a syntax error.
  mutating func fatal(_ error: JSONError) {
    errorCount += 1
    errors.append(Entry(offset: error.offset, text: error.message))
  }

  mutating func fatal(_ error: LoadError) {
    errorCount += 1
    errors.append(Entry(offset: nil, text: error.message))
  }

  /// Records a warning when validating; loading ignores warnings without building their text.
  mutating func warning(at offset: Int, _ text: @autoclosure () -> String) {
    guard collectsWarnings else { return }
    warningCount += 1
    if warnings.count < Self.cap { warnings.append(Entry(offset: offset, text: text())) }
  }
}

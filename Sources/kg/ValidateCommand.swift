import ArgumentParser
import FileInput
import GraphFormats
import KnowledgeGraph

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "Check a dataset and report every problem.",
    discussion: """
      Prints each problem on its own line, errors first, then a summary with counts. \
      At most 100 errors and 100 warnings are listed; the summary counts all of them. \
      An RDF file is read up to its 100th syntax error.
      Exit codes: 0 no errors, 1 errors (with --strict, also warnings), \
      2 the file cannot be read at all.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Dataset file to check (default: --data, else the bundled dataset).")
  var file: String?

  @Flag(help: "Also report unknown fields, and fail (exit 1) on warnings too.")
  var strict = false

  func run() throws {
    let path = try file ?? global.datasetPath()
    let report: ValidationReport
    do {
      report = try GraphLoader.validate(
        path: path, format: global.format, strict: strict, options: global.loadOptions)
    } catch {
      fail(error.message)
    }
    print(lines(of: report).joined(separator: "\n"))
    if report.errorCount > 0 || (strict && report.warningCount > 0) { throw ExitCode(1) }
  }

  private func lines(of report: ValidationReport) -> [String] {
    var lines = report.errors.map { "error: \($0)" }
    if report.unlistedErrorCount > 0 {
      lines.append("error: … and \(report.unlistedErrorCount) more errors")
    }
    if report.stoppedEarly {
      lines.append("error: … stopped reading after \(report.errors.count) errors")
    }
    lines += report.warnings.map { "warning: \($0)" }
    if report.unlistedWarningCount > 0 {
      lines.append("warning: … and \(report.unlistedWarningCount) more warnings")
    }
    return lines + [report.summary]
  }
}

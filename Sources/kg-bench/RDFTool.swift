import Foundation

/// An RDF tool timed on the same file as kg, as a whole process, once.
enum RDFTool: String, CaseIterable {
  case serdi
  case rapper
  case oxigraph

  var isInstalled: Bool { executable != nil }

  private var executable: String? {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
      .split(separator: ":")
    return directories.lazy.map { "\($0)/\(rawValue)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// `serdi` rewrites the file as N-Triples, `rapper` counts its triples
  /// and `oxigraph convert` rewrites it as N-Triples, all into /dev/null.
  private func arguments(_ path: String, syntax: RDFSyntax) -> [String] {
    switch self {
    case .serdi: ["-i", syntax.serdiName, "-o", "ntriples", path]
    case .rapper: ["-i", syntax.serdiName, "-c", path]
    case .oxigraph: ["convert", "--from-file", path, "--to-format", "nt"]
    }
  }

  /// Wall seconds, or nil when the tool failed.
  func time(_ path: String, syntax: RDFSyntax) throws -> Double? {
    guard let executable else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments(path, syntax: syntax)
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    let clock = ContinuousClock()
    let start = clock.now
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? (clock.now - start).seconds : nil
  }
}

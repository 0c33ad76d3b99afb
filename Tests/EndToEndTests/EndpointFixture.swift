import Foundation
import TestEndpoints

/// The bundled dataset twice: as an N-Triples file written by `kg export`,
/// and on a real Oxigraph endpoint loaded with the same export, so every
/// command's answer from the endpoint can be checked against the file's.
final class EndpointFixture: Sendable {
  static let shared = Result { try EndpointFixture() }

  /// The N-Triples export of the bundled dataset.
  let file: String
  let endpoint: OxigraphEndpoint

  var url: String { endpoint.url.absoluteString }

  /// Where the export goes; removed when the test process exits.
  private static let exportPath = FileManager.default.temporaryDirectory
    .appendingPathComponent("kg-e2e-bundled-\(getpid()).nt").path

  private init() throws {
    let file = Self.exportPath
    atexit { try? FileManager.default.removeItem(atPath: EndpointFixture.exportPath) }
    let export = try ProcessRunner.run(Paths.kg, ["export", "--format", "nt"])
    guard export.status == 0 else {
      throw OxigraphEndpoint.Failure(description: "kg export failed: \(export.error)")
    }
    try export.output.write(toFile: file, atomically: true, encoding: .utf8)
    self.file = file
    endpoint = try OxigraphEndpoint(loading: file)
  }

  /// `kg` with the arguments, on the file and then on the endpoint.
  func both(_ arguments: [String]) throws -> (file: CommandResult, endpoint: CommandResult) {
    (
      try ProcessRunner.run(Paths.kg, arguments + ["--data", file]),
      try ProcessRunner.run(Paths.kg, arguments + ["--sparql", url])
    )
  }
}

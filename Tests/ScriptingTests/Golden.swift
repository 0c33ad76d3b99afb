import Foundation
import Testing

/// Golden output files under `Golden/`. Run the tests with `KG_RECORD_GOLDEN=1`
/// to write them from the current output, then review the diff before committing.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static var isRecording: Bool { ProcessInfo.processInfo.environment["KG_RECORD_GOLDEN"] == "1" }

  static func check(
    _ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name)
    if isRecording {
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "missing golden file \(name); record it with KG_RECORD_GOLDEN=1",
        sourceLocation: sourceLocation)
      return
    }
    #expect(
      actual == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
  }
}

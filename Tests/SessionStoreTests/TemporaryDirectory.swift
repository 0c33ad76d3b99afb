import Foundation

/// A fresh directory under the system's temporary directory, for one test,
/// removed with everything in it when the test lets go of it.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-store-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  var directories: StateDirectoriesPair { StateDirectoriesPair(root: path) }

  func contents(_ relative: String) -> String? {
    try? String(contentsOfFile: path + "/" + relative, encoding: .utf8)
  }

  func files(in relative: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + relative)) ?? []).sorted()
  }
}

/// The data and state directories of a test, side by side under one root.
struct StateDirectoriesPair {
  let root: String
  var data: String { root + "/data/kg" }
  var state: String { root + "/state/kg" }
}

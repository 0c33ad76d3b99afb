import Foundation

/// XDG data, state and cache directories of one test, under a fresh
/// temporary directory, so `kg` never touches the user's bookmarks, history
/// and stored label indexes, and two runs of one test can share what the
/// first one saved. A test's own `StateHome` is removed when the test lets
/// go of it; the one `Shell.kg` makes for a single run is left for the
/// system to clean.
final class StateHome {
  let root: String
  private let removesRoot: Bool

  private init(removesRoot: Bool) {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-e2e-state-\(UUID().uuidString)").path
    self.removesRoot = removesRoot
  }

  deinit {
    if removesRoot { try? FileManager.default.removeItem(atPath: root) }
  }

  /// Directories for one test, removed at its end.
  static func fresh() -> StateHome { StateHome(removesRoot: true) }

  /// Directories for one run whose end the caller does not see.
  static func forOneRun() -> StateHome { StateHome(removesRoot: false) }

  var environment: [String: String] {
    [
      "XDG_DATA_HOME": root + "/data", "XDG_STATE_HOME": root + "/state",
      "XDG_CACHE_HOME": root + "/cache",
    ]
  }

  /// The names in a directory under the root, sorted; empty when it does not exist.
  func files(in relative: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative)) ?? []).sorted()
  }

  func write(_ text: String, to relative: String) throws {
    try text.write(toFile: root + "/" + relative, atomically: false, encoding: .utf8)
  }

  /// Runs `kg` with these directories to completion, outside tmux.
  func runKG(_ arguments: [String]) throws -> CommandResult {
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    return try ProcessRunner.run("/usr/bin/env", assignments + [Paths.kg] + arguments)
  }
}

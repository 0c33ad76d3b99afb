import Foundation

/// A file that holds `text` for the length of `body`, for the loaders that
/// read a path.
enum TemporaryFile {
  static func with<Result>(
    _ text: String, suffix: String = "", _ body: (String) throws -> Result
  ) throws -> Result {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-test-\(UUID().uuidString)\(suffix)").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
  }
}

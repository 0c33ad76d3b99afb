/// A versioned JSON state file's contents. A file whose version is newer
/// than `currentVersion` was written by a newer kg and is never overwritten.
public protocol StateDocument: Codable, Sendable {
  static var currentVersion: Int { get }
  var version: Int { get set }
  var title: String { get set }
  /// Every canonical path the dataset was used from (see `DatasetIdentity`).
  var paths: [String] { get set }
  init()
}

/// The formats `:export` writes. A format still to come is listed in
/// `planned`, so the command line can say so instead of "unknown format".
public enum ExportFileFormat: String, CaseIterable, Hashable, Sendable {
  case dot
  case graphml
  case json

  /// Formats that will come with later work, by name.
  static let planned = ["ttl"]
}

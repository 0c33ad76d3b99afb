/// The kinds of property-graph input `PropertyGraphLoader` reads, as
/// `PropertyGraphLoader.format(path:edgesPath:)` tells them apart.
public enum PropertyGraphFormat: Hashable, Sendable {
  case graphML
  /// A nodes CSV file, with an optional relationships file.
  case csv
  /// A folder holding `*nodes*.csv` and `*relationships*.csv` files.
  case csvFolder
}

/// Telling GraphML files, CSV files and CSV folders apart, so the command
/// line can route `--data` to the right reader.
extension PropertyGraphLoader {
  /// The format of `path` (and `edgesPath`), or nil when it is none of the
  /// property-graph formats (a kg JSON dataset, for example).
  public static func format(path: String, edgesPath: String? = nil) -> PropertyGraphFormat? {
    if FolderListing.isDirectory(path) { return isCSVFolder(path: path) ? .csvFolder : nil }
    if isGraphML(path: path) { return .graphML }
    if edgesPath != nil || path.lowercased().hasSuffix(".csv") { return .csv }
    return nil
  }

  /// True for a `.graphml` file, or a file whose first kilobyte holds a
  /// `<graphml` element.
  public static func isGraphML(path: String) -> Bool {
    if path.lowercased().hasSuffix(".graphml") { return true }
    let start = FolderListing.prefix(of: path, count: 1024)
    let marker = Array("<graphml".utf8)
    return start.count >= marker.count
      && (0...(start.count - marker.count)).contains {
        start[$0..<$0 + marker.count].elementsEqual(marker)
      }
  }

  /// True for a folder holding at least one `*nodes*.csv` file.
  public static func isCSVFolder(path: String) -> Bool {
    guard FolderListing.isDirectory(path), let files = try? FolderListing.csvFiles(in: path) else {
      return false
    }
    return !files.nodes.isEmpty
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import KnowledgeGraph
import FileInput

/// The files of a folder and the first bytes of a file, for telling the
/// property-graph formats apart without Foundation.
enum FolderListing {
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The folder's `*nodes*.csv` and `*relationships*.csv` files (names
  /// compared case-insensitively), each in name order, as paths.
  static func csvFiles(in folder: String) throws(LoadError) -> (
    nodes: [String], relationships: [String]
  ) {
    guard let directory = opendir(folder) else {
      throw LoadError("\(folder): cannot read the folder: \(String(cString: strerror(errno)))")
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      names.append(
        withUnsafeBytes(of: entry.pointee.d_name) {
          String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
        })
    }
    let csv = names.filter { $0.lowercased().hasSuffix(".csv") }.sorted()
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return (
      csv.filter { $0.lowercased().contains("nodes") }.map { prefix + $0 },
      csv.filter { $0.lowercased().contains("relationships") }.map { prefix + $0 }
    )
  }

  /// Up to `count` bytes from the start of a regular file; empty when it
  /// cannot be read, or is not a regular file (a FIFO must not block).
  static func prefix(of path: String, count: Int) -> [UInt8] {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return [] }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return [] }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: count)
    let received = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, count) }
    return Array(bytes.prefix(max(received, 0)))
  }
}

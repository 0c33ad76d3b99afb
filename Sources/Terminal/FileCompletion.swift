#if canImport(Glibc)
  import Glibc
#endif

/// File paths that start with what was typed, for the command line's Tab:
/// the entries of the typed directory (`~/` is the home directory), with a
/// `/` after directories. Hidden files show only once a `.` is typed.
enum FileCompletion {
  static let limit = 50

  static func candidates(for typed: String, home: String?) -> [String] {
    let slash = typed.lastIndex(of: "/")
    let directoryPart = slash.map { String(typed[...$0]) } ?? ""
    let namePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
    var directory = directoryPart.isEmpty ? "." : directoryPart
    if directory.hasPrefix("~/"), let home { directory = home + directory.dropFirst() }
    guard let handle = opendir(directory) else { return [] }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle), names.count < limit {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name != ".", name != "..", name.hasPrefix(namePart),
        !name.hasPrefix(".") || namePart.hasPrefix(".")
      else { continue }
      let isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
      names.append(directoryPart + name + (isDirectory ? "/" : ""))
    }
    return names.sorted()
  }
}

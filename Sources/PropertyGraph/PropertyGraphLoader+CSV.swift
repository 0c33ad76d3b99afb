import KnowledgeGraph
import FileInput

/// Loading Neo4j-style CSV files.
extension PropertyGraphLoader {
  /// Loads nodes files and then relationships files into one graph; each
  /// file has its own header. The title is the first nodes file's name.
  public static func loadCSV(
    nodesPaths: [String], relationshipsPaths: [String], options: PropertyGraphOptions
  ) throws(LoadError) -> Graph {
    try loadCSV(
      nodesPaths: nodesPaths, relationshipsPaths: relationshipsPaths, options: options,
      readAheadThreshold: 16 << 20)
  }

  /// Loads like the public `loadCSV`; a first relationships file of at
  /// least `readAheadThreshold` bytes is read on another core meanwhile.
  static func loadCSV(
    nodesPaths: [String], relationshipsPaths: [String], options: PropertyGraphOptions,
    readAheadThreshold: Int
  ) throws(LoadError) -> Graph {
    var reader = Neo4jCSVReader(options: options)
    var rest = relationshipsPaths
    if let first = relationshipsPaths.first {
      var isOpen = false
      do throws(LoadError) {
        try DatasetFile.withContents(path: first, populatingMapping: false) {
          bytes, isMapped throws(LoadError) in
          isOpen = true
          let input = InputText(bytes: bytes, name: first)
          let readAhead =
            bytes.count >= readAheadThreshold
            ? RelationshipReadAhead(input: input, isMapped: isMapped, options: options) : nil
          do throws(LoadError) {
            try readNodes(nodesPaths, into: &reader)
            try reader.readRelationships(input, isMapped: isMapped, readAhead: readAhead)
          } catch {
            readAhead?.cancel()
            throw error
          }
        }
        rest.removeFirst()
      } catch  where !isOpen {
        try readNodes(nodesPaths, into: &reader)
      }
    } else {
      try readNodes(nodesPaths, into: &reader)
    }
    for path in rest {
      try DatasetFile.withContents(path: path, populatingMapping: false) {
        bytes, isMapped throws(LoadError) in
        try reader.readRelationships(InputText(bytes: bytes, name: path), isMapped: isMapped)
      }
    }
    return reader.assembly.graph(
      title: fileName(nodesPaths.first ?? relationshipsPaths.first ?? ""), description: nil)
  }

  private static func readNodes(_ paths: [String], into reader: inout Neo4jCSVReader)
    throws(LoadError)
  {
    for path in paths {
      try DatasetFile.withContents(path: path, populatingMapping: false) {
        bytes, isMapped throws(LoadError) in
        try reader.readNodes(InputText(bytes: bytes, name: path), isMapped: isMapped)
      }
    }
  }

  /// Loads CSV files held in memory, each a name and its bytes.
  public static func loadCSV(
    nodes: [(name: String, bytes: [UInt8])], relationships: [(name: String, bytes: [UInt8])],
    options: PropertyGraphOptions
  ) throws(LoadError) -> Graph {
    var reader = Neo4jCSVReader(options: options)
    for file in nodes {
      try file.bytes.withUnsafeBufferPointer { buffer throws(LoadError) in
        try reader.readNodes(InputText(bytes: buffer, name: file.name), isMapped: false)
      }
    }
    for file in relationships {
      try file.bytes.withUnsafeBufferPointer { buffer throws(LoadError) in
        try reader.readRelationships(InputText(bytes: buffer, name: file.name), isMapped: false)
      }
    }
    return reader.assembly.graph(title: nodes.first?.name ?? "", description: nil)
  }

  /// Loads a folder's `*nodes*.csv` files, then its `*relationships*.csv`
  /// files, each group in name order.
  public static func loadCSVFolder(path: String, options: PropertyGraphOptions) throws(LoadError)
    -> Graph
  {
    let files = try FolderListing.csvFiles(in: path)
    guard !files.nodes.isEmpty else {
      throw LoadError("\(path): the folder holds no *nodes*.csv file")
    }
    return try loadCSV(
      nodesPaths: files.nodes, relationshipsPaths: files.relationships, options: options)
  }
}

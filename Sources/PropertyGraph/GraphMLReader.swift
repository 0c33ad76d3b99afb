import KnowledgeGraph
import FileInput

/// Reads a GraphML document into a `Graph` in one pass over its bytes:
/// `<key>` declarations first, then each `<node>` and `<edge>` as it ends.
/// Edges may name nodes that come later; those wait until the end.
struct GraphMLReader {
  var scanner: XMLScanner
  var schema = GraphMLSchema()
  var assembly = GraphAssembly()
  let options: PropertyGraphOptions
  var pages: InputPages
  /// The decoded text of the `<data>` or attribute being read, reused.
  var text: [UInt8] = []
  /// The edge being read.
  var relation = RelationDraft()
  var edges = RelationBatch()
  /// Edges read before one of their nodes, added at the end of the file.
  var deferredEdges = RelationBatch()
  /// Each key's name as stored in the graph, for keys that are attributes.
  var attributeKeys: [StringRef] = []
  var isUndirectedByDefault = false
  var title: String?
  var graphDescription: String?
  var elementCount = 0
  /// Files at least this large have their later edges read on another core.
  var readAheadThreshold = 16 << 20
  /// The reader on another core, until the main reader takes its edges or drops them.
  var readAhead: EdgeReadAhead?
  /// Set on a reader that reads ahead: the batches of edges it has read.
  var readAheadBatches: [RelationBatch]?

  static func read(
    _ input: InputText, isMapped: Bool, options: PropertyGraphOptions,
    readAheadThreshold: Int = 16 << 20
  ) throws(LoadError) -> Graph {
    guard !input.bytes.isEmpty else {
      throw LoadError("\(input.name): the file is empty; a GraphML file starts with '<'")
    }
    var reader = GraphMLReader(
      scanner: try XMLScanner(input), options: options,
      pages: InputPages(input.bytes, isMapped: isMapped))
    reader.readAheadThreshold = readAheadThreshold
    reader.assembly = GraphAssembly(expectedByteCount: input.bytes.count)
    do {
      try reader.readDocument()
    } catch {
      reader.cancelReadAhead()
      throw error
    }
    reader.cancelReadAhead()
    try reader.resolveDeferredEdges()
    let title = reader.title ?? PropertyGraphLoader.fileName(input.name)
    return reader.assembly.graph(title: title, description: reader.graphDescription)
  }

  private mutating func readDocument() throws(LoadError) {
    let root = try rootElement()
    guard !root.hasPrefix, isNamed(root, "graphml") else {
      throw error(
        at: root.offset, "expected the root element <graphml>, found <\(qualified(root))>")
    }
    while case .start(let child) = try nextElementEvent() {
      if child.hasPrefix {
        try skipElement()
      } else if isNamed(child, "key") {
        try readKey(child)
      } else if isNamed(child, "graph") {
        try readGraph(child)
      } else {
        try skipElement()
      }
    }
    try expectEndOfInput()
  }

  private mutating func rootElement() throws(LoadError) -> XMLName {
    while true {
      switch try scanner.next() {
      case .start(let name): return name
      case .text(let range, _) where isSpace(range): continue
      case .endOfInput:
        throw error(at: scanner.position, "expected the root element <graphml>, found end of file")
      case .text(let range, _):
        throw error(at: firstNonSpace(in: range), "expected the root element <graphml>, found text")
      default: throw error(at: scanner.position, "expected the root element <graphml>")
      }
    }
  }

  private mutating func expectEndOfInput() throws(LoadError) {
    while true {
      switch try scanner.next() {
      case .endOfInput: return
      case .text(let range, _) where isSpace(range): continue
      case .text(let range, _):
        throw error(
          at: firstNonSpace(in: range), "expected end of file after </graphml>, found text")
      case .start(let name):
        throw error(
          at: name.offset, "expected end of file after </graphml>, found <\(qualified(name))>")
      default: throw error(at: scanner.position, "expected end of file after </graphml>")
      }
    }
  }
}

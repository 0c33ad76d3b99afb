import KnowledgeGraph

/// Reads Neo4j-style CSV files, nodes files first and then relationships
/// files, each with its own header, into one graph.
struct Neo4jCSVReader {
  let options: PropertyGraphOptions
  var assembly = GraphAssembly()
  /// The id of the node or relation end being looked up, with its ID space.
  private var key: [UInt8] = []

  init(options: PropertyGraphOptions) { self.options = options }

  mutating func readNodes(_ input: InputText, isMapped: Bool) throws(LoadError) {
    var reader = try CSVRecordReader(input)
    let header = try readHeader(&reader) { CSVHeader(nodes: $0, options: options) }
    guard let idColumn = header.index(where: { if case .id = $0 { true } else { false } }) else {
      throw input.error(at: reader.recordStart, "the nodes header has no id column (\":ID\" or \"id\")")
    }
    var pages = InputPages(input.bytes, isMapped: isMapped)
    while try reader.nextRecord() {
      try checkCount(reader, header)
      var draft = ItemDraft()
      for (column, field) in zip(header.columns, reader.fields) where !field.isEmpty {
        try apply(field, of: column, reader: reader, to: &draft)
      }
      let idField = reader.fields[idColumn]
      let id = String(decoding: spaced(idField, header.columns[idColumn].role, reader), as: UTF8.self)
      guard !idField.isEmpty, assembly.addEntity(id: id, draft: draft) else {
        let problem = idField.isEmpty ? "node id must not be empty" : "node id \(QuotedText.quoted(reader.string(idField))) is already used by an earlier node"
        throw input.error(at: idField.start, problem)
      }
      pages.release(before: reader.position)
    }
  }

  mutating func readRelationships(_ input: InputText, isMapped: Bool) throws(LoadError) {
    var reader = try CSVRecordReader(input)
    let header = try readHeader(&reader) { CSVHeader(relationships: $0, options: options) }
    guard let start = header.index(where: { if case .startID = $0 { true } else { false } }),
      let end = header.index(where: { if case .endID = $0 { true } else { false } })
    else {
      throw input.error(at: reader.recordStart, "the relationships header has no start or end column (\":START_ID\" and \":END_ID\", or \"source\" and \"target\")")
    }
    var pages = InputPages(input.bytes, isMapped: isMapped)
    while try reader.nextRecord() {
      try checkCount(reader, header)
      var draft = ItemDraft()
      for (column, field) in zip(header.columns, reader.fields) where !field.isEmpty {
        try apply(field, of: column, reader: reader, to: &draft)
      }
      let from = try entity(reader.fields[start], header.columns[start], reader, end: "start")
      let to = try entity(reader.fields[end], header.columns[end], reader, end: "end")
      guard assembly.addRelation(from: from, to: to, draft: draft, isUndirected: false) else {
        throw input.error(at: reader.recordStart, "more than 65,535 relation types; kg holds at most 65,535")
      }
      pages.release(before: reader.position)
    }
  }

  private func readHeader(
    _ reader: inout CSVRecordReader, _ make: ([String]) -> CSVHeader
  ) throws(LoadError) -> CSVHeader {
    guard try reader.nextRecord() else {
      throw LoadError("\(reader.input.name): the file is empty; a CSV file starts with a header line")
    }
    return make(reader.fields.map { reader.string($0) })
  }

  private func checkCount(_ reader: CSVRecordReader, _ header: CSVHeader) throws(LoadError) {
    guard reader.fields.count != header.columns.count else { return }
    throw reader.input.error(
      at: reader.recordStart,
      "expected \(header.columns.count) fields as in the header, found \(reader.fields.count)")
  }

  /// The entity a start or end field names, in its column's ID space.
  private mutating func entity(
    _ field: CSVField, _ column: CSVColumn, _ reader: CSVRecordReader, end: String
  ) throws(LoadError) -> EntityIndex {
    let id = spaced(field, column.role, reader)
    if let index = id.withUnsafeBufferPointer({ assembly.entityIndex(forID: $0) }) { return index }
    var message = "\(end) id \(QuotedText.quoted(reader.string(field))) names no node"
    if case .startID(let space?) = column.role { message += " in ID space \(QuotedText.quoted(space))" }
    if case .endID(let space?) = column.role { message += " in ID space \(QuotedText.quoted(space))" }
    throw reader.input.error(at: field.start, message)
  }

  /// The kg id of a field: `Space:id` in a named ID space, else the id itself.
  private mutating func spaced(_ field: CSVField, _ role: CSVColumnRole, _ reader: CSVRecordReader)
    -> [UInt8]
  {
    key.removeAll(keepingCapacity: true)
    switch role {
    case .id(let space?), .startID(let space?), .endID(let space?):
      key.append(contentsOf: space.utf8)
      key.append(UInt8(ascii: ":"))
    default: break
    }
    reader.withBytes(field) { key.append(contentsOf: $0) }
    return key
  }
}

import KnowledgeGraph
import FileInput

/// Reads Neo4j-style CSV files, nodes files first and then relationships
/// files, each with its own header, into one graph.
struct Neo4jCSVReader {
  let options: PropertyGraphOptions
  var assembly = GraphAssembly()
  /// The id of the node or relation end being looked up, with its ID space.
  private var key: [UInt8] = []
  /// The properties of the relationship being read.
  var relation = RelationDraft()
  /// Set on a reader that reads a relationships file ahead on another core.
  var readsAhead = false

  init(options: PropertyGraphOptions) { self.options = options }

  mutating func readNodes(_ input: InputText, isMapped: Bool) throws(LoadError) {
    var reader = try CSVRecordReader(input)
    let header = try readHeader(&reader) { CSVHeader(nodes: $0, options: options) }
    guard let idColumn = header.index(where: { if case .id = $0 { true } else { false } }) else {
      throw input.error(
        at: reader.recordStart, "the nodes header has no id column (\":ID\" or \"id\")")
    }
    let keys = attributeKeys(header)
    var pages = InputPages(input.bytes, isMapped: isMapped)
    while try reader.nextRecord() {
      try checkCount(reader, header)
      let idField = reader.fields[idColumn]
      let id = spaced(idField, header.columns[idColumn].role, reader)
      id.withUnsafeBufferPointer { assembly.beginEntity(id: $0) }
      for (index, field) in reader.fields.enumerated() where !field.isEmpty {
        try apply(field, of: header.columns[index], key: keys[index], reader: reader)
      }
      guard !idField.isEmpty, assembly.commitEntity() else {
        let problem =
          idField.isEmpty
          ? "node id must not be empty"
          : "node id \(QuotedText.quoted(reader.string(idField))) is already used by an earlier node"
        throw input.error(at: idField.start, problem)
      }
      pages.advance(to: reader.position)
    }
  }

  /// Each property column's name as stored in the graph, once for all its values.
  private mutating func attributeKeys(_ header: CSVHeader) -> [StringRef] {
    header.columns.map { $0.isPlainProperty ? assembly.attributeKey($0.name) : .empty }
  }

  /// Reads a relationships file; with `readAhead`, takes over the
  /// relationships read ahead and reads on from where that reader stopped.
  mutating func readRelationships(
    _ input: InputText, isMapped: Bool, readAhead: RelationshipReadAhead? = nil
  ) throws(LoadError) {
    var reader = try CSVRecordReader(input)
    let header = try readHeader(&reader) { CSVHeader(relationships: $0, options: options) }
    let ends = try relationshipEnds(header, reader)
    let keys = attributeKeys(header)
    var pages = InputPages(input.bytes, isMapped: isMapped)
    var batch = RelationBatch()
    do {
      if let readAhead { try takeOver(readAhead, from: &reader, ends, keys, &pages) }
      while try reader.nextRecord() {
        try readRelationship(reader, header, ends, into: &batch)
        if batch.isFull {
          try flush(&batch, ends, keys, input)
          pages.advance(to: reader.position)
        }
      }
    } catch {
      try flush(&batch, ends, keys, input)
      throw error
    }
    try flush(&batch, ends, keys, input)
  }

  private func relationshipEnds(_ header: CSVHeader, _ reader: CSVRecordReader) throws(LoadError)
    -> RelationshipEnds
  {
    guard let start = header.index(where: { if case .startID = $0 { true } else { false } }),
      let end = header.index(where: { if case .endID = $0 { true } else { false } })
    else {
      throw reader.input.error(
        at: reader.recordStart,
        "the relationships header has no start or end column (\":START_ID\" and \":END_ID\","
          + " or \"source\" and \"target\")")
    }
    return RelationshipEnds(start: start, end: end, header: header)
  }

  /// Adds the relationships read ahead, and moves `reader` to where that reading stopped.
  private mutating func takeOver(
    _ readAhead: RelationshipReadAhead, from reader: inout CSVRecordReader,
    _ ends: RelationshipEnds, _ keys: [StringRef], _ pages: inout InputPages
  ) throws(LoadError) {
    let (other, batches, stop) = readAhead.finish()
    guard stop > reader.position else { return }
    guard let types = assembly.adoptRelationTypes(of: other.assembly) else {
      throw reader.input.error(at: stop, "more than 65,535 relation types; kg holds at most 65,535")
    }
    for var batch in batches {
      batch.renumberTypes(types)
      let end = batch.inputEnd
      try flush(&batch, ends, keys, reader.input)
      pages.advance(to: end)
    }
    reader.resume(at: stop)
  }

  /// At most this many batches (a million relationships, about 22 MB) are
  /// read ahead, so reading ahead never raises the peak memory of a load.
  static let maximumReadAheadBatches = 64

  /// On the reader that reads ahead: reads relationships until a problem,
  /// anything it leaves to the main reader (ID spaces, quoted ids), its
  /// limit, or `isCancelled`; returns the batches and the start of the first
  /// record not read.
  mutating func readAhead(_ input: InputText, isMapped: Bool, until isCancelled: () -> Bool)
    -> (batches: [RelationBatch], stop: Int)
  {
    guard var reader = try? CSVRecordReader(input),
      let header = try? readHeader(&reader, { CSVHeader(relationships: $0, options: options) }),
      let ends = try? relationshipEnds(header, reader), ends.startSpace == nil,
      ends.endSpace == nil
    else { return ([], 0) }
    var pages = InputPages(input.bytes, isMapped: isMapped, from: reader.position)
    var batches: [RelationBatch] = []
    var batch = RelationBatch(referencing: input.bytes)
    while !isCancelled() {
      let resume = reader.position
      do {
        guard try reader.nextRecord() else { break }
        try readRelationship(reader, header, ends, into: &batch)
      } catch {
        return (batches + [batch], resume)
      }
      if batch.isFull {
        batches.append(batch)
        batch = RelationBatch(referencing: input.bytes)
        pages.advance(to: reader.position)
        if batches.count >= Self.maximumReadAheadBatches { break }
      }
    }
    return (batches + [batch], reader.position)
  }

  private mutating func readRelationship(
    _ reader: CSVRecordReader, _ header: CSVHeader, _ ends: RelationshipEnds,
    into batch: inout RelationBatch
  ) throws(LoadError) {
    try checkCount(reader, header)
    relation.reset()
    if ends.hasProperties {
      for (index, field) in reader.fields.enumerated() where !field.isEmpty {
        try addProperty(field, of: header.columns[index], number: index, reader: reader)
      }
    }
    let from = reader.fields[ends.start]
    let to = reader.fields[ends.end]
    batch.append(
      from: try key(from, space: ends.startSpace, reader, &batch), at: from.start,
      to: try key(to, space: ends.endSpace, reader, &batch), at: to.start,
      type: try relationType(reader, ends), detail: relation,
      knownEntities: assembly.entityCount)
  }

  /// A relation end's id in the batch; on the reader that reads ahead, a
  /// range of the input, and a quoted id stops that reader.
  private func key(
    _ field: CSVField, space: String?, _ reader: CSVRecordReader, _ batch: inout RelationBatch
  ) throws(LoadError) -> StringRef {
    guard readsAhead else { return reader.withBytes(field) { batch.key($0, space: space) } }
    guard field.content.lowerBound == field.start else { throw LoadError("") }
    return batch.inputKey(field.content)
  }

  private mutating func relationType(_ reader: CSVRecordReader, _ ends: RelationshipEnds)
    throws(LoadError) -> RelationTypeIndex
  {
    let field = ends.type.map { reader.fields[$0] }
    let type =
      field.flatMap { field in
        reader.withBytes(field) {
          assembly.relationType(forKey: $0, label: nil, isUndirected: false)
        }
      } ?? assembly.relationType(forKey: nil, label: nil, isUndirected: false)
    guard let type else {
      throw reader.input.error(
        at: field?.start ?? reader.recordStart,
        "more than 65,535 relation types; kg holds at most 65,535")
    }
    return type
  }

  /// Adds the batch's relations, or reports the first whose end names no node.
  private mutating func flush(
    _ batch: inout RelationBatch, _ ends: RelationshipEnds, _ keys: [StringRef],
    _ input: InputText
  ) throws(LoadError) {
    let (from, to) = batch.lookUp(in: assembly)
    for index in 0..<batch.count {
      guard from[index] != ByteStringTable.notFound else {
        throw unknown(
          batch, batch.from[index], space: ends.startSpace, "start", batch.fromOffset(index), input
        )
      }
      guard to[index] != ByteStringTable.notFound else {
        throw unknown(
          batch, batch.to[index], space: ends.endSpace, "end", batch.toOffset(index), input)
      }
      assembly.addRelation(
        from: EntityIndex(from[index]), type: batch.types[index], to: EntityIndex(to[index]),
        detail: batch.detail(index), of: batch, keys: keys)
    }
    batch.removeAll()
  }

  private func unknown(
    _ batch: RelationBatch, _ key: StringRef, space: String?, _ end: String, _ offset: Int,
    _ input: InputText
  ) -> LoadError {
    let id = batch.bytes(of: key).dropFirst(space.map { $0.utf8.count + 1 } ?? 0)
    var message =
      "\(end) id \(QuotedText.quoted(String(decoding: id, as: UTF8.self))) names no node"
    if let space { message += " in ID space \(QuotedText.quoted(space))" }
    return input.error(at: offset, message)
  }

  private func readHeader(
    _ reader: inout CSVRecordReader, _ make: ([String]) -> CSVHeader
  ) throws(LoadError) -> CSVHeader {
    guard try reader.nextRecord() else {
      throw LoadError(
        "\(reader.input.name): the file is empty; a CSV file starts with a header line")
    }
    return make(reader.fields.map { reader.string($0) })
  }

  private func checkCount(_ reader: CSVRecordReader, _ header: CSVHeader) throws(LoadError) {
    guard reader.fields.count != header.columns.count else { return }
    throw reader.input.error(
      at: reader.recordStart,
      "expected \(header.columns.count) fields as in the header, found \(reader.fields.count)")
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

import KnowledgeGraph

/// Reads dataset format v1 from one buffer straight into a `GraphBuilder`,
/// guided by the schema: no document tree, no `String` per entity.
///
/// Keys may come in any order at every level. Relations that name entities
/// not yet read are resolved at the end, and relation types and sources may
/// be declared after their first use.
struct DatasetParser {
  var reader: JSONReader
  var builder: GraphBuilder
  var log: ProblemLog
  var title: String?
  var datasetDescription: String?
  var sources: [Source] = []
  var declaredSourceKeys: Set<String> = []
  var declaredRelationTypes: Set<UInt16> = []
  /// Whether the `entities` array has been read, so an unknown id is final.
  var hasReadEntities = false
  var deferred: [DeferredRelation] = []
  var batch = EndpointBatch()
  /// Where each relation object starts, kept only when validating.
  var relationOffsets: [UInt32] = []
  var relationTypeUses: [FirstUse?] = []
  var sourceUses: [FirstUse?] = []
  var defaultEntityType: UInt16?
  /// The tail of `relations` being read on another core, when loading a large file.
  var speculation: RelationSpeculation?
  /// Whether this parser is that other core's reader, which keeps relation
  /// ends as ids in `chunkFromKeys` and `chunkToKeys` instead of resolving them,
  /// their bytes copied into `chunkKeyBytes` so the input can be let go.
  var isReadingChunk = false
  var chunkFromKeys: [StringRef] = []
  var chunkToKeys: [StringRef] = []
  var chunkKeyBytes: [UInt8] = []
  /// Whether the input is a file mapping whose pages can be dropped once
  /// read (they fault back in from the file if a message needs them).
  var releasesReadInput = false
  /// Where the input pages not yet dropped begin.
  var releasedInputEnd = 0
  /// How many relations came from the speculative read (for tests and benchmarks).
  var relationsReadAhead = 0
  /// How much a speculative chunk reads; tests lower it to cover small files.
  var speculativeChunkSize = 8 << 20
  /// Makes the parser wait for the speculative read to finish before going
  /// on, so that how much is read ahead depends on the input, not on how the
  /// two cores were scheduled; tests set it to assert what was read ahead.
  var waitsForReadAhead = false
  /// The first chunk start after the reader, once it has passed the earliest.
  var nextChunkStart: Int?

  init(_ input: UnsafeBufferPointer<UInt8>, log: ProblemLog, reservesArena: Bool = true) {
    reader = JSONReader(input)
    builder = reservesArena ? GraphBuilder(expectedByteCount: input.count) : GraphBuilder()
    self.log = log
  }

  /// Reads the whole document and resolves what it left open.
  mutating func run(progress: (Double) -> Void) throws(JSONError) {
    try reader.skipByteOrderMark()
    reader.skipWhitespace()
    guard !reader.isAtEnd else { throw reader.unexpected("the top-level object '{'") }
    let kind = try reader.peekKind()
    guard kind == .object else {
      throw JSONError(
        offset: reader.position, message: "expected the top-level object '{', found \(kind.phrase)")
    }
    let objectOffset = reader.position
    defer { abandonSpeculation() }
    speculate()
    try reader.enterContainer()
    var seen: UInt32 = 0
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      guard let field = DatasetField.match(key, among: DatasetObjectKind.topLevelFields) else {
        try skipUnknown(key, in: "the top-level object", kind: .topLevel)
        continue
      }
      guard try note(field, in: &seen, of: "the top-level object") else { continue }
      try readTopLevelField(field, progress: progress)
    }
    try reader.expectEnd()
    for field in [DatasetField.kg, .entities, .relations] where seen & field.bit == 0 {
      try log.error(
        at: objectOffset, "the top-level object is missing required field \"\(field.name)\"")
    }
    hasReadEntities = true
    try resolveDeferredRelations()
    warnAboutUndeclaredNames()
  }

  private mutating func readTopLevelField(_ field: DatasetField, progress: (Double) -> Void)
    throws(JSONError)
  {
    switch field {
    case .kg: try readVersion()
    case .title: title = try string("\"title\"").map { String(decoding: $0, as: UTF8.self) }
    case .description:
      datasetDescription = try string("\"description\"").map { String(decoding: $0, as: UTF8.self) }
    case .sources: try readSources()
    case .relationTypes: try readRelationTypes()
    case .entities: try readEntities(progress: progress)
    case .relations: try readRelations(progress: progress)
    default: try reader.skipValue()
    }
  }

  private mutating func readVersion() throws(JSONError) {
    guard try expect(.number, "\"kg\" (the format version)") else { return }
    let range = try reader.readNumber()
    let literal = UnsafeBufferPointer(rebasing: reader.input[range])
    guard literal.count == 1 && literal[0] == UInt8(ascii: "1") else {
      let text = String(decoding: literal, as: UTF8.self)
      return try log.error(
        at: range.lowerBound, "unsupported format version \"kg\": \(text); this kg reads version 1")
    }
  }

  /// Checks the next value's kind. On a mismatch records "X must be K, found
  /// J", skips the value and returns false.
  mutating func expect(_ kind: JSONValueKind, _ what: @autoclosure () -> String) throws(JSONError)
    -> Bool
  {
    let found = try reader.peekKind()
    guard found == kind else {
      try log.error(at: reader.position, "\(what()) must be \(kind.phrase), found \(found.phrase)")
      try reader.skipValue()
      return false
    }
    return true
  }

  /// The next value's bytes when it is a string, else nil after recording the error.
  mutating func string(_ what: @autoclosure () -> String) throws(JSONError)
    -> UnsafeBufferPointer<UInt8>?
  {
    if reader.isAtQuote { return try reader.readString() }
    return try expect(.string, what()) ? try reader.readString() : nil
  }

  mutating func bool(_ what: @autoclosure () -> String) throws(JSONError) -> Bool? {
    try expect(.bool, what()) ? try reader.readBool() : nil
  }

  /// Marks a field as seen in its object; a second occurrence is an error and is skipped.
  mutating func note(
    _ field: DatasetField, in seen: inout UInt32, of owner: @autoclosure () -> String
  )
    throws(JSONError) -> Bool
  {
    guard seen & field.bit == 0 else {
      try log.error(at: reader.tokenStart, "\(owner()) has field \"\(field.name)\" twice")
      try reader.skipValue()
      return false
    }
    seen |= field.bit
    return true
  }

  /// Skips the value of a key the format does not know; `--strict` validation reports it.
  mutating func skipUnknown(
    _ key: UnsafeBufferPointer<UInt8>, in owner: @autoclosure () -> String, kind: DatasetObjectKind
  ) throws(JSONError) {
    if log.collectsWarnings && log.isStrict {
      let name = String(decoding: key, as: UTF8.self)
      let text =
        "\(owner()) has unknown field \(MessageText.quoted(name))"
        + MessageText.suggestion(for: name, in: kind.fields.map(\.name))
      log.warning(at: reader.tokenStart, text)
    }
    try reader.skipValue()
  }

  /// Reports the fraction read, and drops the pages read so far from memory.
  mutating func reportProgress(_ progress: (Double) -> Void) {
    progress(Double(reader.position) / Double(max(1, reader.input.count)))
    speculation?.parserReached(reader.position)
    releaseReadInput()
  }
}

import KnowledgeGraph

/// Relations whose ends wait to be looked up together.
///
/// At a million entities each id lookup misses the cache; collected in
/// batches, the lookups sweep the id table in order
/// (`ByteStringTable.findAll`), as kg's JSON loader does. The ids are copied
/// into the batch, so the input pages they came from may be released;
/// batches that wait long (`EdgeReadAhead`) keep ranges of the input instead,
/// to hold less memory. Only relations with a source, quote or attributes
/// keep a detail, copied into the batch's own bytes: a few bytes each, where
/// a `String` per value would cost a heap object each.
struct RelationBatch {
  static let capacity = 16384
  private static let noDetail = UInt32.max

  private var keyBytes: [UInt8] = []
  private(set) var from: [StringRef] = []
  private(set) var to: [StringRef] = []
  /// Where each end's id is in the file, for messages (files are at most 4 GiB).
  private var fromPositions: [UInt32] = []
  private var toPositions: [UInt32] = []
  private(set) var types: [RelationTypeIndex] = []
  private var detailNumbers: [UInt32] = []
  private var details: [BatchDetail] = []
  /// The sources, quotes and attribute values that `details` point into.
  private var detailBytes: [UInt8] = []
  /// Each attribute's key number (a GraphML key or a CSV column) and value.
  private var attributeKeys: [Int] = []
  private var attributeValues: [StringRef] = []

  /// How many entities there were when each run of relations was read, as
  /// the run's first relation and the count: an end numbered at or past it
  /// names an entity read after the relation.
  private var knownRuns: [(start: Int, count: UInt32)] = []
  /// Set when the ids are ranges of this input rather than copies.
  private var input: UnsafeBufferPointer<UInt8>?

  init() {}

  /// A batch whose ids are ranges of `input`, given by `inputKey`.
  init(referencing input: UnsafeBufferPointer<UInt8>) { self.input = input }

  var count: Int { from.count }
  var isFull: Bool { from.count >= Self.capacity }

  /// Copies an id, prefixed with `space:` in a named ID space, into the batch.
  mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, space: String?) -> StringRef {
    let start = keyBytes.count
    if let space {
      keyBytes.append(contentsOf: space.utf8)
      keyBytes.append(UInt8(ascii: ":"))
    }
    keyBytes.append(contentsOf: bytes)
    return StringRef(offset: UInt32(start), length: UInt32(keyBytes.count - start))
  }

  /// An id that is the range `range` of the input this batch references.
  func inputKey(_ range: Range<Int>) -> StringRef {
    StringRef(offset: UInt32(range.lowerBound), length: UInt32(range.count))
  }

  /// Where the last id ends in the input this batch references.
  var inputEnd: Int { to.last.map { Int($0.offset + $0.length) } ?? 0 }

  mutating func append(
    from: StringRef, at fromOffset: Int, to: StringRef, at toOffset: Int,
    type: RelationTypeIndex, detail: RelationDraft?, knownEntities: Int
  ) {
    let known = UInt32(truncatingIfNeeded: knownEntities)
    if knownRuns.last?.count != known { knownRuns.append((self.from.count, known)) }
    self.from.append(from)
    self.to.append(to)
    if input == nil {
      fromPositions.append(UInt32(truncatingIfNeeded: fromOffset))
      toPositions.append(UInt32(truncatingIfNeeded: toOffset))
    }
    types.append(type)
    if let detail, detail.hasDetail {
      detailNumbers.append(UInt32(details.count))
      details.append(copy(detail))
    } else {
      detailNumbers.append(Self.noDetail)
    }
  }

  /// Appends relation `index` of `other`, its ids and detail copied: an
  /// edge that waits for its nodes until the end of the file.
  mutating func append(_ index: Int, of other: RelationBatch) {
    let from = other.bytes(of: other.from[index]).withUnsafeBufferPointer { key($0, space: nil) }
    let to = other.bytes(of: other.to[index]).withUnsafeBufferPointer { key($0, space: nil) }
    append(
      from: from, at: other.fromOffset(index), to: to, at: other.toOffset(index),
      type: other.types[index], detail: other.detail(index).map(other.draft), knownEntities: 0)
  }

  private mutating func copy(_ draft: RelationDraft) -> BatchDetail {
    let source = appendDetailBytes(draft.source[...])
    let quote = appendDetailBytes(draft.quote[...])
    let start = attributeKeys.count
    for (index, key) in draft.attributeKeys.enumerated() {
      attributeKeys.append(key)
      attributeValues.append(appendDetailBytes(draft.attributeValue(index)))
    }
    return BatchDetail(source: source, quote: quote, attributes: start..<attributeKeys.count)
  }

  private mutating func appendDetailBytes(_ bytes: ArraySlice<UInt8>) -> StringRef {
    let start = detailBytes.count
    detailBytes.append(contentsOf: bytes)
    return StringRef(start..<detailBytes.count)
  }

  /// A detail of this batch as a draft again, for copying it to another batch.
  private func draft(_ detail: BatchDetail) -> RelationDraft {
    var draft = RelationDraft()
    withDetailBytes { bytes in
      draft.setSource(detail.source.slice(of: bytes))
      draft.setQuote(detail.quote.slice(of: bytes))
      for index in detail.attributes {
        let (key, value) = attribute(index)
        draft.addAttribute(key: key, json: value.slice(of: bytes))
      }
    }
    return draft
  }

  func fromOffset(_ index: Int) -> Int {
    Int(input == nil ? fromPositions[index] : from[index].offset)
  }

  func toOffset(_ index: Int) -> Int {
    Int(input == nil ? toPositions[index] : to[index].offset)
  }

  /// Gives every relation the type that `map` numbers its type by: types
  /// numbered by another reader's graph, renumbered for this one's.
  mutating func renumberTypes(_ map: [RelationTypeIndex]) {
    for index in types.indices { types[index] = map[types[index].position] }
  }

  /// How many entities there were when each relation was read.
  func knownEntityCounts() -> [UInt32] {
    var counts: [UInt32] = []
    counts.reserveCapacity(count)
    for (number, run) in knownRuns.enumerated() {
      let end = number + 1 < knownRuns.count ? knownRuns[number + 1].start : count
      counts.append(contentsOf: repeatElement(run.count, count: end - run.start))
    }
    return counts
  }

  /// Takes every relation as read when `count` entities were known: the
  /// relations read ahead, between the same two nodes of the file.
  mutating func assumeKnownEntities(_ count: Int) {
    knownRuns = [(0, UInt32(truncatingIfNeeded: count))]
  }

  /// The source, quote and attributes of relation `index`, if it has any.
  func detail(_ index: Int) -> BatchDetail? {
    detailNumbers[index] == Self.noDetail ? nil : details[Int(detailNumbers[index])]
  }

  /// Attribute `index` of the batch: its key number and where its JSON
  /// value is in the detail bytes.
  func attribute(_ index: Int) -> (key: Int, value: StringRef) {
    (attributeKeys[index], attributeValues[index])
  }

  /// Lends the bytes that details point into.
  func withDetailBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    detailBytes.withUnsafeBufferPointer(body)
  }

  /// The entity numbers of every relation's ends, `ByteStringTable.notFound` for unknown ids.
  func lookUp(in assembly: GraphAssembly) -> (from: [UInt32], to: [UInt32]) {
    if let input { return (assembly.findAll(from, in: input), assembly.findAll(to, in: input)) }
    return keyBytes.withUnsafeBufferPointer { bytes in
      (assembly.findAll(from, in: bytes), assembly.findAll(to, in: bytes))
    }
  }

  func bytes(of key: StringRef) -> [UInt8] {
    let range = Int(key.offset)..<Int(key.offset + key.length)
    return input.map { Array($0[range]) } ?? Array(keyBytes[range])
  }

  mutating func removeAll() {
    keyBytes.removeAll(keepingCapacity: true)
    knownRuns.removeAll(keepingCapacity: true)
    from.removeAll(keepingCapacity: true)
    to.removeAll(keepingCapacity: true)
    fromPositions.removeAll(keepingCapacity: true)
    toPositions.removeAll(keepingCapacity: true)
    types.removeAll(keepingCapacity: true)
    detailNumbers.removeAll(keepingCapacity: true)
    details.removeAll(keepingCapacity: true)
    detailBytes.removeAll(keepingCapacity: true)
    attributeKeys.removeAll(keepingCapacity: true)
    attributeValues.removeAll(keepingCapacity: true)
  }
}

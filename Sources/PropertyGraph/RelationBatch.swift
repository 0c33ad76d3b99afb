import KnowledgeGraph

/// Relations whose ends wait to be looked up together.
///
/// At a million entities each id lookup misses the cache; collected in
/// batches, the lookups sweep the id table in order
/// (`ByteStringTable.findAll`), as kg's JSON loader does. The ids are copied
/// into the batch, so the input pages they came from may be released, and
/// only relations with a source, quote or attributes keep a draft.
struct RelationBatch {
  static let capacity = 16384
  private static let noDetail = UInt32.max

  private var keyBytes: [UInt8] = []
  private(set) var from: [StringRef] = []
  private(set) var to: [StringRef] = []
  /// Where each end's id is in the file, for messages.
  private(set) var fromOffsets: [Int] = []
  private(set) var toOffsets: [Int] = []
  private(set) var types: [RelationTypeIndex] = []
  private var detailNumbers: [UInt32] = []
  private var details: [ItemDraft] = []

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

  mutating func append(
    from: StringRef, at fromOffset: Int, to: StringRef, at toOffset: Int,
    type: RelationTypeIndex, detail: ItemDraft?
  ) {
    self.from.append(from)
    self.to.append(to)
    fromOffsets.append(fromOffset)
    toOffsets.append(toOffset)
    types.append(type)
    if let detail, detail.hasRelationDetail {
      detailNumbers.append(UInt32(details.count))
      details.append(detail)
    } else {
      detailNumbers.append(Self.noDetail)
    }
  }

  /// The source, quote and attributes of relation `index`, if it has any.
  func detail(_ index: Int) -> ItemDraft? {
    detailNumbers[index] == Self.noDetail ? nil : details[Int(detailNumbers[index])]
  }

  /// The entity numbers of every relation's ends, `ByteStringTable.notFound` for unknown ids.
  func lookUp(in assembly: GraphAssembly) -> (from: [UInt32], to: [UInt32]) {
    keyBytes.withUnsafeBufferPointer { bytes in
      (assembly.findAll(from, in: bytes), assembly.findAll(to, in: bytes))
    }
  }

  func bytes(of key: StringRef) -> [UInt8] {
    Array(keyBytes[Int(key.offset)..<Int(key.offset + key.length)])
  }

  mutating func removeAll() {
    keyBytes.removeAll(keepingCapacity: true)
    from.removeAll(keepingCapacity: true)
    to.removeAll(keepingCapacity: true)
    fromOffsets.removeAll(keepingCapacity: true)
    toOffsets.removeAll(keepingCapacity: true)
    types.removeAll(keepingCapacity: true)
    detailNumbers.removeAll(keepingCapacity: true)
    details.removeAll(keepingCapacity: true)
  }
}
